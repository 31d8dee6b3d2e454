package org.sira.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.StaleRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation with the password policy, roles that may be held together, enabling, and the failed-login lock-out. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewUser(String username, String password, Set<Role> roles, String displayName) {
    }

    public record UserAccount(UUID id, String username, String displayName, Set<Role> roles, boolean enabled,
                              int failedLogins, OffsetDateTime lockedUntil, OffsetDateTime createdAt, int version,
                              int sessionEpoch, boolean mustChangePassword) {

        public boolean lockedAt(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** Roles given before they were refused together (see {@link Role#incompatible}). */
        public boolean rolesIncompatible() {
            return Role.incompatible(roles);
        }

        public Summary summary() {
            return new Summary(id, username, displayName, roles, enabled, version);
        }
    }

    /** An account as the users list shows it. */
    public record Summary(UUID id, String username, String displayName, Set<Role> roles, boolean enabled, int version) {
    }

    /** What an administrator may change on an account; null leaves a value as it is. */
    public record AccountChange(Boolean enabled, Set<Role> roles, String displayName, Integer version) {
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
        checkRoles(user.roles(), errors);
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

    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id).query(UserAccounts::account).optional();
    }

    @Transactional(readOnly = true)
    public PageOf<UserAccount> list(Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
        List<UserAccount> items = jdbc.sql("SELECT * FROM app_user ORDER BY username OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("offset", paging.offset()).param("size", paging.size()).query(UserAccounts::account).list();
        return new PageOf<>(items, total, paging.page(), paging.size());
    }

    @Transactional
    public void setEnabled(UUID id, boolean enabled) {
        change(id, new AccountChange(enabled, null, null, null));
    }

    /**
     * Enables or disables an account, changes its roles or display name. Disabling it or changing
     * its roles raises its session epoch: its open sessions end at their next request.
     */
    @Transactional
    public UserAccount change(UUID id, AccountChange change) {
        // Every enabled account is locked, so two administrators cannot each disable the other at once.
        jdbc.sql("SELECT id FROM app_user WHERE enabled = TRUE OR id = :id FOR UPDATE").param("id", id).query(UUID.class).list();
        UserAccount before = findById(id).orElseThrow(() -> new NotFoundException("USER", id));
        if (change.version() != null && change.version() != before.version()) {
            throw new StaleRecordException("USER", id, before.summary());
        }
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = change.roles() == null ? before.roles() : change.roles();
        if (change.roles() != null) {
            checkRoles(roles, errors);
        }
        String displayName = change.displayName() == null ? before.displayName()
                : change.displayName().isBlank() ? before.username() : change.displayName().strip();
        FieldError.checkLength("displayName", displayName, 200, errors);
        boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
        if (errors.isEmpty() && managesUsers(before.roles()) && before.enabled() && (!enabled || !managesUsers(roles))
                && all().stream().noneMatch(other -> !other.id().equals(id) && other.enabled() && managesUsers(other.roles()))) {
            errors.add(new FieldError(enabled ? "roles" : "enabled", "user.last-admin"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean endSessions = (before.enabled() && !enabled) || !roles.equals(before.roles());
        boolean enabling = enabled != before.enabled();
        jdbc.sql("""
                UPDATE app_user SET enabled = :enabled, roles = :roles, display_name = :displayName, version = version + 1,
                       session_epoch = session_epoch + :bump,
                       failed_logins = CASE WHEN :toggled THEN 0 ELSE failed_logins END,
                       locked_until = CASE WHEN :toggled THEN NULL ELSE locked_until END
                WHERE id = :id""")
                .param("enabled", enabled).param("roles", joinRoles(roles)).param("displayName", displayName)
                .param("bump", endSessions ? 1 : 0).param("toggled", enabling).param("id", id).update();
        String action = enabling && roles.equals(before.roles()) && displayName.equals(before.displayName())
                ? (enabled ? "ENABLE" : "DISABLE") : "UPDATE";
        audit.record(action, "USER", id.toString(), state(before.enabled(), before.roles(), before.displayName()),
                state(enabled, roles, displayName));
        return findById(id).orElseThrow();
    }

    /** The first-start password was printed in the log: its owner must replace it at the first web sign-in. */
    @Transactional
    void requirePasswordChange(UUID id) {
        jdbc.sql("UPDATE app_user SET must_change_password = TRUE, version = version + 1 WHERE id = :id").param("id", id).update();
        audit.record("REQUIRE_PASSWORD_CHANGE", "USER", id.toString(), null, null);
    }

    private static void checkRoles(Set<Role> roles, List<FieldError> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "user.roles.required"));
        } else if (Role.incompatible(roles)) {
            errors.add(new FieldError("roles", "user.roles.incompatible"));
        }
    }

    private static boolean managesUsers(Set<Role> roles) {
        return roles.stream().anyMatch(role -> role.may(Permission.USER_MANAGE));
    }

    private static String state(boolean enabled, Set<Role> roles, String displayName) {
        return "enabled=" + enabled + " roles=" + joinRoles(roles) + " displayName=" + displayName;
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
                rs.getInt("version"), rs.getInt("session_epoch"), rs.getBoolean("must_change_password"));
    }
}
