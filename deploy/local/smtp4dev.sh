#!/usr/bin/env bash
# The dev mail server for `make up`: smtp4dev (a real SMTP server with a web inbox), SMTP on 127.0.0.1:2525 and the
# inbox on http://127.0.0.1:5180. Installed once from NuGet into .run/tools; its pid goes to .run/smtp4dev.pid, so
# `make down` stops it with the services. Messages are kept in memory: a restart empties the inbox.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
run="$root/.run"
tool="$run/tools/smtp4dev"
mkdir -p "$run/logs" "$run/tools"

if [ ! -x "$tool" ]; then
  echo "[up] installing smtp4dev 3.15.0 into .run/tools"
  dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path "$run/tools" >"$run/logs/smtp4dev-install.log" 2>&1 \
    || { tail -20 "$run/logs/smtp4dev-install.log"; exit 1; }
fi

if [ -f "$run/smtp4dev.pid" ] && kill -0 "$(cat "$run/smtp4dev.pid")" 2>/dev/null; then
  echo "[up] smtp4dev already running (pid $(cat "$run/smtp4dev.pid"))"
elif (exec 3<>/dev/tcp/127.0.0.1/2525) 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/5180) 2>/dev/null; then
  echo "[up] port 2525 or 5180 is taken by a process make up did not start; stop it first"; exit 1
else
  # IMAP and POP3 on free ports: only SMTP and the web inbox are used. Niced: it stands in for a mail relay that
  # runs elsewhere in production, and under `make bench` it took ~40% of a core storing thousands of emails, which
  # the services being measured would otherwise lose (bench/readme.md).
  nohup nice -n 10 "$tool" --urls=http://127.0.0.1:5180 --smtpport=2525 --bindaddress=127.0.0.1 --imapport=0 --pop3port=0 \
    --db= --nousersettings >"$run/logs/smtp4dev.log" 2>&1 </dev/null &
  echo $! >"$run/smtp4dev.pid"
  echo "[up] started smtp4dev (pid $(cat "$run/smtp4dev.pid")), log: .run/logs/smtp4dev.log"
fi

for i in $(seq 1 90); do
  curl -sf http://127.0.0.1:5180/api/messages >/dev/null && (exec 3<>/dev/tcp/127.0.0.1/2525) 2>/dev/null && break
  [ "$i" = 90 ] && { echo "[up] smtp4dev is not ready; see .run/logs/smtp4dev.log"; tail -20 "$run/logs/smtp4dev.log"; exit 1; }
  sleep 1
done
echo "[up] smtp4dev ready: SMTP 127.0.0.1:2525, inbox http://127.0.0.1:5180"
