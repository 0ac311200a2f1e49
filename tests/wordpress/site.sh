# A throw-away WordPress for the tests, in build/wordpress-test/ (sourced by run.sh).
# - core/: a copy of Debian's /usr/share/wordpress (6.1) with our wp-config.php,
#   the Twenty Twenty-One theme and the plugin unzipped from build/wordpress/backcheck.zip;
# - db/: a MariaDB data directory, served on a Unix socket only (no TCP port);
# - WordPress itself on http://127.0.0.1:$BACKCHECK_WP_PORT/ by php -S (router.php).
# The database is dropped and installed again on every start: each run begins clean.
WP_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WP_ROOT="$(cd "$WP_HERE/../.." && pwd)"
WP_DIR="$WP_ROOT/build/wordpress-test"
WP_CORE="$WP_DIR/core"
WP_SOCKET="$WP_DIR/mysqld.sock"
BACKCHECK_WP_PORT="${BACKCHECK_WP_PORT:-8850}"
WP_URL="http://127.0.0.1:$BACKCHECK_WP_PORT"
export WP_CORE BACKCHECK_WP_PORT

wp_sql() { mariadb --no-defaults --socket="$WP_SOCKET" -uroot "$@"; }

wp_site_start() {
  local started=$SECONDS
  mkdir -p "$WP_DIR"
  local version
  version="$(grep -o "wp_version = '[^']*'" /usr/share/wordpress/wp-includes/version.php)"
  if [ ! -f "$WP_CORE/.copied" ] || [ "$(cat "$WP_CORE/.copied")" != "$version" ]; then
    rm -rf "$WP_CORE"
    cp -rL /usr/share/wordpress "$WP_CORE"   # -L: Debian links shared libraries (PHPMailer, jQuery…) into the tree
    rm -f "$WP_CORE/.htaccess"
    echo "$version" > "$WP_CORE/.copied"
  fi
  cat > "$WP_CORE/wp-config.php" <<PHP
<?php
// Written by tests/wordpress/site.sh: a local test site, not for production.
define( 'DB_NAME', 'backcheck_wp' );
define( 'DB_USER', 'backcheck' );
define( 'DB_PASSWORD', 'backcheck' );
define( 'DB_HOST', 'localhost:$WP_SOCKET' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$backcheck_key ) {
	define( \$backcheck_key, 'backcheck-test-' . \$backcheck_key );
}
\$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$WP_DIR/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // No outside requests: the plugin must not need any.
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
  rm -rf "$WP_CORE/wp-content/plugins/backcheck"
  unzip -q "$WP_ROOT/build/wordpress/backcheck.zip" -d "$WP_CORE/wp-content/plugins/"
  : > "$WP_DIR/debug.log"

  if [ ! -d "$WP_DIR/db/mysql" ]; then
    rm -rf "$WP_DIR/db"
    mariadb-install-db --no-defaults --datadir="$WP_DIR/db" --user=root \
      --auth-root-authentication-method=socket --skip-test-db >"$WP_DIR/install-db.log" 2>&1
  fi
  # A server left by an interrupted earlier run (its pid file) would hold the data directory.
  if [ -f "$WP_DIR/mysqld.pid" ] && kill -0 "$(cat "$WP_DIR/mysqld.pid")" 2>/dev/null; then
    kill "$(cat "$WP_DIR/mysqld.pid")"
    while kill -0 "$(cat "$WP_DIR/mysqld.pid" 2>/dev/null)" 2>/dev/null; do sleep 0.2; done
  fi
  mariadbd --no-defaults --datadir="$WP_DIR/db" --socket="$WP_SOCKET" --pid-file="$WP_DIR/mysqld.pid" \
    --skip-networking --user=root --innodb-buffer-pool-size=64M --open-files-limit=1024 --log-error="$WP_DIR/mysqld.log" 2>>"$WP_DIR/mysqld.log" &
  WP_DB_PID=$!
  for _ in $(seq 100); do
    wp_sql -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.1
  done
  kill -0 "$WP_DB_PID" 2>/dev/null || { echo "MariaDB did not start: $WP_DIR/mysqld.log" >&2; return 1; }
  wp_sql -e "DROP DATABASE IF EXISTS backcheck_wp; CREATE DATABASE backcheck_wp CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'backcheck'@'localhost' IDENTIFIED BY 'backcheck';
    GRANT ALL ON backcheck_wp.* TO 'backcheck'@'localhost';"

  php "$WP_HERE/install.php" "$WP_URL"
  # Its own process group (setsid): the workers PHP forks stop with it.
  PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$BACKCHECK_WP_PORT" -t "$WP_CORE" "$WP_HERE/router.php" \
    >"$WP_DIR/php-server.log" 2>&1 &
  WP_PHP_PID=$!
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$BACKCHECK_WP_PORT") 2>/dev/null && break
    sleep 0.1
  done
  kill -0 "$WP_PHP_PID" 2>/dev/null || { echo "php -S did not start (port $BACKCHECK_WP_PORT taken?): $WP_DIR/php-server.log" >&2; return 1; }
  echo "WordPress $version on $WP_URL (set up in $((SECONDS - started)) s)"
}

wp_site_stop() {
  # Called from an EXIT trap under set -e: nothing here may fail (wait returns the server's status).
  if [ -n "${WP_PHP_PID:-}" ]; then
    kill -- "-$WP_PHP_PID" 2>/dev/null || true
    wait "$WP_PHP_PID" 2>/dev/null || true
  fi
  if [ -n "${WP_DB_PID:-}" ]; then
    kill "$WP_DB_PID" 2>/dev/null || true   # SIGTERM: a clean MariaDB shutdown
    wait "$WP_DB_PID" 2>/dev/null || true
  fi
  WP_PHP_PID='' WP_DB_PID=''
  return 0
}
