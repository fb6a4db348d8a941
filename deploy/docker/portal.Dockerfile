# The Portal: like service.Dockerfile, but its build runs `npm ci` (nhsuk-frontend from package-lock.json), so the
# build stage needs node. Only the compiled css, js and images reach the runtime image (see the Portal's csproj).
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files and lock files alone, so the package layer is rebuilt only when a
# dependency changes, not on every source edit. --locked-mode refuses anything the lock files do not name.
COPY Directory.Build.props Directory.Packages.props nuget.config global.json ./
COPY shared/AccountGov.ServiceDefaults/*.csproj shared/AccountGov.ServiceDefaults/packages.lock.json shared/AccountGov.ServiceDefaults/
COPY shared/AccountGov.EventSourcing/*.csproj shared/AccountGov.EventSourcing/packages.lock.json shared/AccountGov.EventSourcing/
COPY services/AccountRequests/AccountGov.AccountRequests.Contracts/*.csproj services/AccountRequests/AccountGov.AccountRequests.Contracts/packages.lock.json services/AccountRequests/AccountGov.AccountRequests.Contracts/
COPY services/AccountRequests/AccountGov.AccountRequests.Api/*.csproj services/AccountRequests/AccountGov.AccountRequests.Api/packages.lock.json services/AccountRequests/AccountGov.AccountRequests.Api/
COPY services/Approvals/AccountGov.Approvals.Contracts/*.csproj services/Approvals/AccountGov.Approvals.Contracts/packages.lock.json services/Approvals/AccountGov.Approvals.Contracts/
COPY services/Approvals/AccountGov.Approvals.Api/*.csproj services/Approvals/AccountGov.Approvals.Api/packages.lock.json services/Approvals/AccountGov.Approvals.Api/
COPY services/Custody/AccountGov.Custody.Contracts/*.csproj services/Custody/AccountGov.Custody.Contracts/packages.lock.json services/Custody/AccountGov.Custody.Contracts/
COPY services/Custody/AccountGov.Custody.Api/*.csproj services/Custody/AccountGov.Custody.Api/packages.lock.json services/Custody/AccountGov.Custody.Api/
COPY services/Notifications/AccountGov.Notifications.Api/*.csproj services/Notifications/AccountGov.Notifications.Api/packages.lock.json services/Notifications/AccountGov.Notifications.Api/
COPY services/Portal/AccountGov.Portal/*.csproj services/Portal/AccountGov.Portal/packages.lock.json services/Portal/AccountGov.Portal/
RUN dotnet restore services/Portal/AccountGov.Portal --locked-mode
COPY shared/ shared/
COPY services/ services/
RUN rm -rf services/Portal/AccountGov.Portal/node_modules \
 && dotnet publish services/Portal/AccountGov.Portal -c Release -o /app --nologo --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
WORKDIR /app
COPY --from=build /app .
USER app
# The default listening address; compose and Kubernetes set it too. appsettings.json sets none.
ENV ASPNETCORE_URLS=http://+:8080 DOTNET_NOLOGO=1
EXPOSE 8080
ENTRYPOINT ["dotnet", "AccountGov.Portal.dll"]
