package org.sira.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation with the password policy, roles, enabling, and the failed-login lock-out. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockout;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Clock clock,
                 @Value("${sira.security.max-failed-logins}") int maxFailedLogins,
                 @Value("${sira.security.lockout-minutes}") int lockoutMinutes) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    public record NewUser(String username, String password, Set<Role> roles, String displayName) {
    }

    public record UserAccount(UUID id, String username, String displayName, Set<Role> roles, boolean enabled,
                              int failedLogins, OffsetDateTime lockedUntil, OffsetDateTime createdAt, int version) {

        public boolean lockedAt(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    @Transactional
    public UserAccount create(NewUser user) {
        List<FieldError> errors = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().strip();
        if (!username.matches("[A-Za-z0-9._-]{3,50}")) {
            errors.add(new FieldError("username", "user.username.invalid"));
        } else if (findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "user.username.taken"));
        }
        errors.addAll(PasswordPolicy.check(username, user.password()));
        if (user.roles() == null || user.roles().isEmpty()) {
            errors.add(new FieldError("roles", "user.roles.required"));
        }
        String displayName = user.displayName() == null || user.displayName().isBlank() ? username : user.displayName().strip();
        if (displayName.length() > 200) {
            errors.add(new FieldError("displayName", "validation.Size", 200, 0));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, roles, enabled, failed_logins, created_at, version)
                VALUES (:id, :username, :displayName, :hash, :roles, TRUE, 0, :now, 0)""")
                .param("id", id).param("username", username).param("displayName", displayName)
                .param("hash", encoder.encode(user.password())).param("roles", joinRoles(user.roles()))
                .param("now", OffsetDateTime.now(clock)).update();
        audit.record("CREATE", "USER", id.toString(), null, "username=" + username + " roles=" + joinRoles(user.roles()));
        return findByUsername(username).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :username").param("username", username)
                .query(UserAccounts::account).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :username").param("username", username)
                .query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserAccounts::account).list();
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() == 0;
    }

    @Transactional
    public void setEnabled(UUID id, boolean enabled) {
        int changed = jdbc.sql("UPDATE app_user SET enabled = :enabled, failed_logins = 0, locked_until = NULL, version = version + 1 WHERE id = :id")
                .param("enabled", enabled).param("id", id).update();
        if (changed == 0) {
            throw new NotFoundException("USER", id);
        }
        audit.record(enabled ? "ENABLE" : "DISABLE", "USER", id.toString(), null, null);
    }

    /** Counts a failed login; past the limit the account is locked for a while. */
    @Transactional
    public void recordFailedLogin(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = :username")
                .param("username", username).update();
        jdbc.sql("UPDATE app_user SET locked_until = :until, failed_logins = 0 WHERE username = :username AND failed_logins >= :max")
                .param("until", now.plus(lockout)).param("username", username).param("max", maxFailedLogins).update();
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = :username AND (failed_logins > 0 OR locked_until IS NOT NULL)")
                .param("username", username).update();
    }

    static String joinRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> parseRoles(String roles) {
        EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                parseRoles(rs.getString("roles")), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
