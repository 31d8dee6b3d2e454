package org.sira;

import java.time.Clock;

import org.sira.backup.BackupCommand;
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
        SpringApplication.run(SiraApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
