using System.Text.Encodings.Web;
using System.Text.Json;

namespace CareerBot.Verbs;

/// <summary>JSON shape of the <c>risk</c> lines: camelCase, nulls written, "&amp;" kept literal (stdout is not HTML).</summary>
internal static class RiskJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Three significant digits, the precision the sources publish (0.865, 0.0028); the store keeps full precision.</summary>
    public static double? Significant(double? value)
    {
        if (value is not { } number || number == 0)
        {
            return value;
        }

        var digits = 2 - (int)Math.Floor(Math.Log10(Math.Abs(number)));
        return digits >= 0 ? Math.Round(number, Math.Min(digits, 15)) : number;
    }
}
