# Connection settings for the local servers that infra.sh ensures; sourced by up.sh and test.sh.
export ACCOUNTGOV_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=accountgov;Password=accountgov"
export ACCOUNTGOV_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:5672"
export ACCOUNTGOV_TEST_RABBITMQ_MANAGEMENT="http://guest:guest@127.0.0.1:15672"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
