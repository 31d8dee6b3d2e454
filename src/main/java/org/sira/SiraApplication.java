package org.sira;

import java.time.Clock;

import org.sira.backup.BackupCommand;
import org.sira.psychosocial.NotesKeyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableAsync
@EnableScheduling
public class SiraApplication {

    public static void main(String[] args) {
        if (BackupCommand.wanted(args)) {
            // backup --to FILE, restore --from FILE [--force]: no web server, exit when done.
            System.exit(BackupCommand.run(args));
        }
        if (NotesKeyCommand.wanted(args)) {
            // rotate-notes-key, Sira stopped: re-seals every note under SIRA_NEW_NOTES_KEY (or a new key file), then exits.
            System.exit(NotesKeyCommand.run(SiraApplication.class, args));
        }
        SpringApplication.run(SiraApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
