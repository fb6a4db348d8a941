# One Dockerfile for every service: build with --build-arg PROJECT=services/<Service>/AccountGov.<Service>.Api
# Multi-stage: the SDK image restores and publishes; the runtime image runs as a non-root user.
# Base images are pinned to the patch release the repository is built and tested with (global.json rolls forward to
# this SDK); deploy/docker/readme.md says how to pin digests and move them on.
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
ARG PROJECT
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
RUN dotnet restore "$PROJECT" --locked-mode
COPY shared/ shared/
COPY services/ services/
RUN dotnet publish "$PROJECT" -c Release -o /app --nologo --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS runtime
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
