# syntax=docker/dockerfile:1
# Marketplace API image.  Build from the repo root:  docker build -t marketplace-api .
# On start it applies the EF Core migrations and loads the demo data (idempotent), then
# serves HTTP on port 8080. Configure with ConnectionStrings__Marketplace (see docker-compose.yml).

# ---- build ----------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files only, so the layer is cached until they change.
# (Add new projects referenced by the API here.)
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Marketplace.Core/Marketplace.Core.csproj src/Marketplace.Core/
COPY src/Marketplace.DemoData/Marketplace.DemoData.csproj src/Marketplace.DemoData/
COPY src/Marketplace.Api/Marketplace.Api.csproj src/Marketplace.Api/
RUN dotnet restore src/Marketplace.Api/Marketplace.Api.csproj

COPY .editorconfig ./
COPY src/ src/
RUN dotnet publish src/Marketplace.Api/Marketplace.Api.csproj -c Release --no-restore \
      -o /app /p:UseAppHost=false

# ---- runtime --------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# Non-root user provided by the .NET images.
USER $APP_UID

ENTRYPOINT ["/bin/sh", "-c", "dotnet Marketplace.Api.dll migrate --seed-demo && exec dotnet Marketplace.Api.dll"]
