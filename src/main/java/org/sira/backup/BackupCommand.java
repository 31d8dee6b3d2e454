package org.sira.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.sira.backup.internal.Manifest;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar sira.jar backup --to FILE} and {@code restore --from FILE [--force]}: read
 * Sira's configuration (files, {@code SIRA_*} variables, {@code --sira.…} arguments) without
 * starting the application, do the one thing and exit. The passphrase comes from
 * {@code SIRA_BACKUP_PASSPHRASE}, never from the command line, which other accounts can see.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static boolean wanted(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** The exit code: 0 done, 1 refused or failed (said why on the error output), 64 misused. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Messages messages = new Messages();
        String file = null;
        boolean force = false;
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--to") || arg.equals("--from")) && i + 1 < args.length) {
                file = args[++i];
            } else if (arg.startsWith("--to=") || arg.startsWith("--from=")) {
                file = arg.substring(arg.indexOf('=') + 1);
            } else if (arg.equals("--force")) {
                force = true;
            } else {
                settings.add(arg);
            }
        }
        boolean backup = args[0].equals("backup");
        if (file == null || file.isBlank()) {
            err.println(messages.get("backup.command.usage"));
            return 64;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(settings.toArray(String[]::new))) {
            Backups backups = new Backups(context.getEnvironment(), Clock.systemUTC());
            Path path = Path.of(file).toAbsolutePath().normalize();
            if (backup) {
                Manifest manifest = backups.writeTo(path);
                out.println(messages.get("backup.command.written", path, manifest.rows().size(), manifest.totalRows()));
            } else {
                Manifest manifest = backups.restore(path, force);
                out.println(messages.get("backup.command.restored", path, manifest.created(), manifest.rows().size(), manifest.totalRows()));
            }
            return 0;
        } catch (BackupRefused refused) {
            err.println(messages.get(refused.messageKey(), refused.arguments()));
            return 1;
        }
    }

    /** The source of the command's context: configuration only, no component of the application. */
    static final class Settings {
    }

    /** Messages of the command in the language of the machine (French unless it is English). */
    private static final class Messages {
        private final ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.getDefault());

        String get(String key, Object... arguments) {
            try {
                return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
            } catch (MissingResourceException e) {
                return key;
            }
        }
    }
}
