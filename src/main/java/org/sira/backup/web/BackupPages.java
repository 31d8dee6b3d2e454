package org.sira.backup.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.sira.backup.BackupRefused;
import org.sira.backup.Backups;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrator's page of backups: one button writes an encrypted backup of the database into
 * the backups folder, and the newest ones are listed. Nothing is downloaded from here, and never
 * the notes key; restoring is a command run while Sira is stopped (docs/backups.md).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BackupPages {

    private static final int LISTED = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    record Row(String name, String written, long kilobytes) {
    }

    private final Backups backups;
    private final AuditLog audit;
    private final ProblemFactory problems;

    BackupPages(Backups backups, AuditLog audit, ProblemFactory problems) {
        this.backups = backups;
        this.audit = audit;
        this.problems = problems;
    }

    @GetMapping("/admin/backup")
    String page(Model model) {
        return render(model, null);
    }

    @PostMapping("/admin/backup")
    String write(Model model) {
        try {
            Backups.Backup made = backups.create();
            audit.recordAlone(CurrentUser.name(), "BACKUP", "DATABASE", made.name());
            return "redirect:/admin/backup?made";
        } catch (BackupRefused refused) {
            return render(model, problems.message(refused.messageKey(), refused.arguments()));
        }
    }

    private String render(Model model, String error) {
        model.addAttribute("ready", backups.ready());
        model.addAttribute("folder", backups.folder().toString());
        model.addAttribute("backups", backups.recent(LISTED).stream()
                .map(b -> new Row(b.name(), WHEN.format(b.written()), Math.max(1, (b.bytes() + 1023) / 1024))).toList());
        model.addAttribute("error", error);
        return "admin/backup";
    }
}
