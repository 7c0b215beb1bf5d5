package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The helpers of carry.sh (operator settings kept, secrets redacted), health.sh (Redis's password)
 * and endpoints.sh (where nginx listens), run on files in a temporary directory.
 */
class OperatorSettingsScriptTest {
  @TempDir
  Path temp;
  private SourcedLibraries libraries;

  @BeforeEach
  void writeBundle() throws Exception {
    libraries = new SourcedLibraries(WrittenBundle.write(ScriptTestProfiles.redis().profile(), temp));
  }

  @Test
  void keptLines_areTheOperatorsSecurityDirectives_inTheirOrder_withoutTheBundlesOwnLines() throws Exception {
    Path bundle = write("bundle.conf", "maxmemory 96mb\nuser default on nopass ~* +@all\n");
    Path server = write("server.conf", "# requirepass foobared\nmaxmemory 1mb\nRequirePass  \"s3cret\"\n"
        + "rename-command FLUSHALL \"\"\nuser default on nopass ~* +@all\n  user ops on >pw ~* +@all\n"
        + "requirepassword x\naclfile /etc/redis/users.acl\n");

    Shell result = libraries.run("kept_lines '" + bundle + "' '" + server + "' 'requirepass rename-command user aclfile'");

    assertThat(result.output().lines()).containsExactly("RequirePass  \"s3cret\"", "rename-command FLUSHALL \"\"",
        "  user ops on >pw ~* +@all", "aclfile /etc/redis/users.acl");
  }

  @Test
  void keptLines_ofAPool_areItsEnvironmentAndPhpValues() throws Exception {
    Path bundle = write("www.conf", "[www]\nuser = www-data\npm = static\n");
    Path server = write("old-www.conf", "[www]\nuser = www-data\n;env[TMP] = /tmp\nenv[DB_PASSWORD] = pw\n"
        + "php_admin_value[memory_limit] = 256M\nphp_flag[display_errors] = off\npm = dynamic\n");

    Shell result = libraries.run("kept_lines '" + bundle + "' '" + server + "' 'env php_value php_flag"
        + " php_admin_value php_admin_flag'");

    assertThat(result.output().lines()).containsExactly("env[DB_PASSWORD] = pw",
        "php_admin_value[memory_limit] = 256M", "php_flag[display_errors] = off");
  }

  @Test
  void redaction_hidesPasswordsAclSecretsRenamedCommandsAndEnvironmentValues() throws Exception {
    Path lines = write("lines", String.join("\n", "-requirepass hunter2", "+masterauth  'hunter3'",
        "-# requirepass foobared", " user ops on >opspw <oldpw #5e884898da ~* +@all", "+user bob on !4e2b resetpass",
        "-rename-command CONFIG b840fc02d524045429941cc15f59", "+rename-command FLUSHALL \"\"",
        "+env[DB_PASSWORD] = dbpw", "-;env[HOSTNAME] = $HOSTNAME", "+maxmemory 96mb", "+user = www-data", ""));

    Shell result = libraries.run("redact_settings <'" + lines + "'");

    assertThat(result.output().lines()).containsExactly("-requirepass <redacted>", "+masterauth  <redacted>",
        "-# requirepass <redacted>", " user ops on <redacted> <redacted> <redacted> ~* +@all",
        "+user bob on <redacted> resetpass", "-rename-command CONFIG <redacted>", "+rename-command FLUSHALL \"\"",
        "+env[DB_PASSWORD] = <redacted>", "-;env[HOSTNAME] = <redacted>", "+maxmemory 96mb", "+user = www-data");
  }

  @Test
  void diff_redactsEveryKindOfSecret() throws Exception {
    Path source = write("redis.conf", "maxmemory 96mb\nuser ops on >newpw ~* +@all\n");
    Path target = write("old-redis.conf", "requirepass hunter2\nuser ops on >oldpw ~* +@all\nmaxmemory 1mb\n");

    Shell result = libraries.run("diff_file '" + source + "' '" + target + "'");

    assertThat(result.output()).contains("-requirepass <redacted>", "-user ops on <redacted> ~* +@all",
        "+user ops on <redacted> ~* +@all", "+maxmemory 96mb").doesNotContain("hunter2", "oldpw", "newpw");
  }

  @Test
  void redisPassword_isTheLastRequirepass_unquoted() throws Exception {
    Path conf = write("redis.conf", "# requirepass foobared\nrequirepass first\nREQUIREPASS \"sec \\\"ret\\\" \"\n");

    Shell result = libraries.run("redis_config() { printf %s '" + conf + "'; }; printf '[%s]' \"$(redis_password)\"");

    assertThat(result.output()).isEqualTo("[sec \"ret\" ]");
  }

  @Test
  void nginxEndpoints_comeFromTheListenDirectives() throws Exception {
    Path dump = write("nginx-T", String.join("\n", "# configuration file /etc/nginx/nginx.conf:",
        "http { server { listen 8080 default_server; listen [::]:8080; # listen 9999;", "}",
        "server {", "  listen 10.1.2.3:81;", "  listen *:443 ssl http2; listen 0.0.0.0:80;",
        "  listen unix:/run/nginx.sock; listen [2001:db8::1]; listen 8080;", "  server_name listen; } }", ""));

    Shell result = libraries.run("nginx() { cat '" + dump + "'; }; nginx_endpoints");

    assertThat(result.output().lines()).containsExactly("127.0.0.1:8080", "[::1]:8080", "10.1.2.3:81",
        "127.0.0.1:443", "127.0.0.1:80", "[2001:db8::1]:80");
  }

  @Test
  void nginxEndpoints_withoutAnyListen_areNginxsDefault() throws Exception {
    Path dump = write("nginx-T", "http { server { root /var/www; } }\n");

    Shell result = libraries.run("nginx() { cat '" + dump + "'; }; nginx_endpoints");

    assertThat(result.output().lines()).containsExactly("127.0.0.1:80");
  }

  private Path write(String name, String content) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, content);
    return file;
  }
}
