# Event Stream Console: a Blazor Server admin console for Amazon Connect Customer Profiles event streams.
#   docker build -t event-stream-console .
#   docker run -p 127.0.0.1:8080:8080 -e Auth__Mode=Unsecured event-stream-console   # demo: embedded emulator, no sign-in
#   docker run -p 8080:8080 -e CustomerProfiles__Region=us-east-1 -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY \
#     -e AWS_SESSION_TOKEN -e AzureAd__TenantId -e AzureAd__ClientId -e AzureAd__ClientSecret \
#     -e ASPNETCORE_FORWARDEDHEADERS_ENABLED=true -v esc-data:/app/App_Data -v esc-keys:/home/app/.aspnet event-stream-console
# Local sign-in is refused in a container (it listens on all interfaces): configure Entra ID, or opt in to Unsecured.
# tests/ship/run.mjs follows these instructions as processes and checks the result in Chromium (part of tests/test.sh);
# keep to COPY, RUN, WORKDIR, ENV, USER, EXPOSE and ENTRYPOINT, which it follows.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files only, so the layer is reused while only code changes. The web project sets
# RequiresAspNetWebAssets, or this restore (which sees no .razor file) would leave out _framework/blazor.web.js.
COPY global.json Directory.Build.props EventStreamConsole.sln ./
COPY src/EventStreamConsole.CustomerProfiles/EventStreamConsole.CustomerProfiles.csproj src/EventStreamConsole.CustomerProfiles/
COPY src/EventStreamConsole.Emulator/EventStreamConsole.Emulator.csproj src/EventStreamConsole.Emulator/
COPY src/EventStreamConsole/EventStreamConsole.csproj src/EventStreamConsole/
RUN dotnet restore src/EventStreamConsole/EventStreamConsole.csproj
# src/EventStreamConsole/wwwroot and appsettings.json are links to the root ones, so both are copied.
COPY appsettings.json ./
COPY wwwroot/ wwwroot/
COPY src/ src/
RUN dotnet publish src/EventStreamConsole/EventStreamConsole.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# App_Data holds the audit trail (and the embedded emulator's demo state); the Data Protection key ring that protects
# sessions lives under the app user's home. Mount volumes on both to keep them across restarts. Runs as the non-root "app" user.
RUN mkdir -p /app/App_Data /home/app/.aspnet/DataProtection-Keys && chown -R "$APP_UID" /app/App_Data /home/app/.aspnet
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
# Orchestrators can probe GET /healthz.
EXPOSE 8080
ENTRYPOINT ["dotnet", "EventStreamConsole.dll"]
