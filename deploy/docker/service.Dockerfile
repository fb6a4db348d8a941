# One Dockerfile for every service: build with --build-arg PROJECT=services/<Service>/AccountGov.<Service>.Api
# Multi-stage: the SDK image restores and publishes; the runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props nuget.config ./
COPY shared/ shared/
COPY services/ services/
RUN dotnet publish "$PROJECT" -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# Key folders owned by the non-root user: an empty named volume mounted here takes this ownership on first use, so
# Custody can write its key file and every service the shared development signing key (docker-compose.yml).
RUN mkdir -p /keys /dev-keys && chown app:app /keys /dev-keys && chmod 0700 /keys /dev-keys
# The aspnet images ship an unprivileged 'app' user (uid 1654).
USER app
# The default listening address; compose and Kubernetes set it too. appsettings.json sets none.
ENV ASPNETCORE_URLS=http://+:8080 DOTNET_NOLOGO=1
EXPOSE 8080
ARG ASSEMBLY
ENV ASSEMBLY=${ASSEMBLY}
ENTRYPOINT ["sh", "-c", "exec dotnet \"$ASSEMBLY.dll\""]
