# Build: the same publish step test.sh exercises.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CareerBot -c Release -o /app

# Run: the ASP.NET Core runtime (health, metrics, Telegram webhook on Kestrel), non-root, the LiteDB file in a volume, tokens from the environment.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The weekly prompt schedule resolves IANA zones (TimeZoneInfo.FindSystemTimeZoneById): the Ubuntu-based runtime image ships
# tzdata (a chiseled image would need the -extra variant); fail the build rather than the schedule if that ever changes.
RUN test -f /usr/share/zoneinfo/Europe/Amsterdam && test -f /usr/share/zoneinfo/America/New_York \
    && mkdir -p /data && chown "$APP_UID" /data
ENV Storage__DatabasePath=/data/careerbot.db \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1
VOLUME ["/data"]
# GET /healthz, GET /metrics and POST /telegram/webhook on port 8080 of all interfaces (the aspnet image's default, stated
# above); publish it to the host's loopback only, or to the load balancer in webhook mode.
EXPOSE 8080
USER $APP_UID
# Telegram__BotToken and Discord__BotToken are passed with `docker run -e`; never baked in. On SIGTERM the host drains for up
# to 30 s, Docker kills after 10 s unless told otherwise: run with `--stop-timeout 35` (README, Container).
ENTRYPOINT ["dotnet", "CareerBot.dll"]
