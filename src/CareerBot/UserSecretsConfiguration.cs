using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.UserSecrets;
using Microsoft.Extensions.FileProviders;

namespace CareerBot;

/// <summary>
/// User secrets (<c>dotnet user-secrets set Telegram:BotToken …</c> in src/CareerBot) in every environment, not only in
/// Development as .NET's default builder does: an operator who follows the README runs in Production. They sit where
/// Development puts them: after appsettings*.json, before the environment variables and the command line, which still win.
/// </summary>
internal static class UserSecretsConfiguration
{
    public static IConfigurationBuilder AddUserSecretsInEveryEnvironment(this IConfigurationBuilder configuration, Assembly? assembly = null)
    {
        assembly ??= typeof(UserSecretsConfiguration).Assembly;
        if (assembly.GetCustomAttribute<UserSecretsIdAttribute>() is not { } id)
        {
            return configuration;
        }

        var secretsFile = PathHelper.GetSecretsPathFromSecretsId(id.UserSecretsId);
        if (configuration.Sources.OfType<JsonConfigurationSource>().Any(source => IsSecretsFile(source, secretsFile)))
        {
            return configuration; // Development: the default builder has added them already.
        }

        // The full path, resolved from its nearest existing folder: the file may be created after the first start.
        var secrets = new JsonConfigurationSource { Path = secretsFile, Optional = true, ReloadOnChange = false };
        secrets.ResolveFileProvider();
        configuration.Sources.Insert(PositionOf(configuration.Sources), secrets);
        return configuration;
    }

    // After the last appsettings*.json, else before the plain environment variables, else last.
    private static int PositionOf(IList<IConfigurationSource> sources)
    {
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } path } && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is EnvironmentVariablesConfigurationSource { Prefix: null or "" })
            {
                return i;
            }
        }

        return sources.Count;
    }

    // .NET's own (AddUserSecrets) names the file "secrets.json" in a provider on its folder, or with no provider when the folder is missing.
    private static bool IsSecretsFile(JsonConfigurationSource source, string secretsFile) => source switch
    {
        { Path: { } path, FileProvider: PhysicalFileProvider provider } => string.Equals(Path.GetFullPath(path, provider.Root), secretsFile, StringComparison.Ordinal),
        { Path: "secrets.json", FileProvider: null } => true,
        { Path: { } path } => string.Equals(path, secretsFile, StringComparison.Ordinal),
        _ => false,
    };
}
