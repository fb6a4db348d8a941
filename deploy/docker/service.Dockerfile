# One Dockerfile for every service: build with --build-arg PROJECT=services/<Service>/AccountGov.<Service>.Api
# Multi-stage: the SDK image restores and publishes; the runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY shared/ shared/
COPY services/ services/
RUN dotnet publish "$PROJECT" -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The aspnet images ship an unprivileged 'app' user (uid 1654).
USER app
ENV ASPNETCORE_URLS=http://+:8080 DOTNET_NOLOGO=1
EXPOSE 8080
ARG ASSEMBLY
ENV ASSEMBLY=${ASSEMBLY}
ENTRYPOINT ["sh", "-c", "exec dotnet \"$ASSEMBLY.dll\""]
