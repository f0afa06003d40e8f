# Build: the same publish step test.sh exercises.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CareerBot -c Release -o /app

# Run: runtime only, non-root, the LiteDB file in a volume, tokens from the environment.
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
# The weekly prompt schedule resolves IANA zones (TimeZoneInfo.FindSystemTimeZoneById): the Ubuntu-based runtime image ships
# tzdata (a chiseled image would need the -extra variant); fail the build rather than the schedule if that ever changes.
RUN test -f /usr/share/zoneinfo/Europe/Amsterdam && test -f /usr/share/zoneinfo/America/New_York \
    && mkdir -p /data && chown "$APP_UID" /data
ENV Storage__DatabasePath=/data/careerbot.db \
    DOTNET_NOLOGO=1
VOLUME ["/data"]
# Health endpoint when Health__Url=http://+:8080/ is set (off by default); publish it to the host's loopback only.
EXPOSE 8080
USER $APP_UID
# Telegram__BotToken and Discord__BotToken are passed with `docker run -e`; never baked in.
ENTRYPOINT ["dotnet", "CareerBot.dll"]
