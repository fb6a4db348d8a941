# The Portal: like service.Dockerfile, but its build runs `npm ci` (nhsuk-frontend from package-lock.json), so the
# build stage needs node. Only the compiled css, js and images reach the runtime image (see the Portal's csproj).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props nuget.config ./
COPY shared/ shared/
COPY services/ services/
RUN rm -rf services/Portal/AccountGov.Portal/node_modules \
 && dotnet publish services/Portal/AccountGov.Portal -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
USER app
# The default listening address; compose and Kubernetes set it too. appsettings.json sets none.
ENV ASPNETCORE_URLS=http://+:8080 DOTNET_NOLOGO=1
EXPOSE 8080
ENTRYPOINT ["dotnet", "AccountGov.Portal.dll"]
