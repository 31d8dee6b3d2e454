package org.sira.psychosocial;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.sira.psychosocial.internal.NoteCipher;
import org.sira.psychosocial.internal.NotesKeyFiles;
import org.sira.psychosocial.internal.NotesKeyRotation;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar sira.jar rotate-notes-key}, Sira stopped: re-seals every note and session text
 * under a new key in one transaction (see {@link NotesKeyRotation}). The new key comes from
 * {@code SIRA_NEW_NOTES_KEY} (required when the current one is given in {@code SIRA_NOTES_KEY}),
 * never from the command line, which other accounts can see; with a key file and no new key given,
 * a random one is made and takes the file's place, the old file kept as {@code notes.key.retired-…}.
 */
public final class NotesKeyCommand {

    public static final String COMMAND = "rotate-notes-key";

    private NotesKeyCommand() {
    }

    public static boolean wanted(String[] args) {
        return args.length > 0 && args[0].equals(COMMAND);
    }

    /** The exit code: 0 done, 1 refused or failed (said why on the error output), 64 misused. */
    public static int run(Class<?> application, String[] args) {
        String[] settings = java.util.Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(settings)) {
            return run(context, System.getenv("SIRA_NEW_NOTES_KEY"), System.out, System.err);
        }
    }

    static int run(ConfigurableApplicationContext context, String newKey, PrintStream out, PrintStream err) {
        Environment environment = context.getEnvironment();
        NoteCipher current = context.getBean(NoteCipher.class);
        NotesKeyRotation rotation = context.getBean(NotesKeyRotation.class);
        String given = environment.getProperty("sira.new-notes-key", newKey == null ? "" : newKey);
        try {
            if (!environment.getProperty("sira.notes-key", "").isBlank()) {
                if (given.isBlank()) {
                    err.println(message("notes.rotate.new-key-needed"));
                    return 64;
                }
                NotesKeyRotation.Rotated rotated = rotation.rotate(current, NoteCipher.of(Base64.getDecoder().decode(given.strip())));
                out.println(message("notes.rotate.done", rotated.resealed(), rotated.unreadable().size(), rotated.unreadable()));
                out.println(message("notes.rotate.set-setting"));
                return 0;
            }
            Path folder = NotesKeyFiles.folder(environment.getProperty("sira.keys-dir"), environment.getProperty("sira.data-dir"));
            NoteCipher next = NoteCipher.of(NotesKeyFiles.prepareNew(folder, given));
            if (!rotation.sealedUnder(next)) {
                try {
                    NotesKeyRotation.Rotated rotated = rotation.rotate(current, next);
                    out.println(message("notes.rotate.done", rotated.resealed(), rotated.unreadable().size(), rotated.unreadable()));
                } catch (RuntimeException refused) {
                    NotesKeyFiles.discardNew(folder);
                    throw refused;
                }
            }
            out.println(message("notes.rotate.file-swapped", folder.resolve("notes.key"), NotesKeyFiles.swap(folder, Clock.systemUTC())));
            return 0;
        } catch (NotesKeyRotation.WrongKeyException wrong) {
            err.println(message("notes.rotate.wrong-key"));
            return 1;
        } catch (IllegalArgumentException | IllegalStateException badKey) {
            err.println(message("notes.rotate.bad-key", badKey.getMessage()));
            return 1;
        }
    }

    /** In the language of the machine (French unless it is English), like the backup command. */
    private static String message(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.getDefault());
        try {
            return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
