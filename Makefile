# The two commands of the README. Both do all set-up on a fresh machine (see deploy/local/).
.PHONY: up down test build bench

up:      ## infrastructure, every service on its port, demo data
	@bash deploy/local/up.sh

down:    ## stop what `make up` started
	@bash deploy/local/down.sh

test:    ## infrastructure, then every test on real PostgreSQL and RabbitMQ
	@bash deploy/local/test.sh

build:
	@dotnet build AccountGov.sln -nologo

bench:   ## against `make up`: make bench [SCENARIO=p2] [QUICK=1] [ARGS="--json out.json"]; bench/readme.md
	@dotnet run -c Release --project bench/AccountGov.Bench -- --scenario $(or $(SCENARIO),all) $(if $(QUICK),--quick) $(ARGS)
