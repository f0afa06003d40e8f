# Build: the same publish step test.sh exercises.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CareerBot -c Release -o /app

# Run: runtime only, non-root, the LiteDB file in a volume, tokens from the environment.
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data && chown "$APP_UID" /data
ENV Storage__DatabasePath=/data/careerbot.db \
    DOTNET_NOLOGO=1
VOLUME ["/data"]
USER $APP_UID
# Telegram__BotToken and Discord__BotToken are passed with `docker run -e`; never baked in.
ENTRYPOINT ["dotnet", "CareerBot.dll"]
