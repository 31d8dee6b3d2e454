package org.sira.security.signin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sira.security.signin.SignInLockOutContract.from;
import static org.sira.security.signin.SignInLockOutContract.newAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The two-step sign-in of the pages: required for ADMIN and COUNSELLOR, offered to everyone, never on the API. */
abstract class TwoFactorSignInContract {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9-]+)</code></li>");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    /** A user enrolled through the pages, with what the test needs to sign in as them. */
    record Enrolled(String username, String secret, List<String> recoveryCodes, long[] lastPeriod) {
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The code of the first period after the last one used: a period's code works once only. */
    static String nextCode(Enrolled user) throws Exception {
        long period = Math.max(Instant.now().getEpochSecond() / 30, user.lastPeriod()[0] + 1);
        user.lastPeriod()[0] = period;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(user.secret(), period);
    }

    private MockHttpSession password(String address, String username, String expectedRedirect) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(from(address)).with(csrf())
                        .param("username", username).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    private Enrolled enrolAtFirstSignIn(Role role, String address) throws Exception {
        String username = unique("tf." + role.name().toLowerCase());
        users.create(username, role);
        MockHttpSession session = password(address, username, SecondStep.ENROL_PAGE);
        String page = mvc.perform(get(SecondStep.ENROL_PAGE).session(session).with(from(address)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the secret is shown while enrolling").isTrue();
        assertThat(page).contains("src=\"data:image/png;base64,");
        Enrolled user = new Enrolled(username, secret.group(1).replace(" ", ""), new ArrayList<>(), new long[] {0});
        String codes = mvc.perform(post(SecondStep.ENROL_PAGE).session(session).with(from(address)).with(csrf())
                        .param("code", nextCode(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher recovery = RECOVERY.matcher(codes);
        while (recovery.find()) {
            user.recoveryCodes().add(recovery.group(1));
        }
        assertThat(user.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        // Enrolment completed the sign-in.
        mvc.perform(get("/persons").session(session).with(from(address))).andExpect(status().isOk());
        return user;
    }

    @Test
    @Tag("asvs-6.3.3")
    void anAdminWithoutASecondFactorLandsOnEnrolmentAndReachesNothingElseUntilDone() throws Exception {
        String username = unique("tf.admin");
        users.create(username, Role.ADMIN);
        String address = newAddress();
        MockHttpSession session = password(address, username, SecondStep.ENROL_PAGE);
        for (String page : new String[] {"/persons", "/", "/admin/users", "/account"}) {
            mvc.perform(get(page).session(session).with(from(address))).andExpect(redirectedUrl(SecondStep.ENROL_PAGE));
        }
        mvc.perform(get(SecondStep.CODE_PAGE).session(session).with(from(address))).andExpect(redirectedUrl(SecondStep.ENROL_PAGE));
        // The API keeps HTTP Basic, without a second factor.
        mvc.perform(get("/api/v1/persons").with(from(address)).with(httpBasic(username, TestUsers.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    @Tag("asvs-6.3.3")
    @Tag("asvs-6.5.1")
    void anEnrolledAdminGetsInWithTheRightCodeOnlyAndACodeWorksOnce() throws Exception {
        String address = newAddress();
        Enrolled admin = enrolAtFirstSignIn(Role.ADMIN, address);

        MockHttpSession wrong = password(address, admin.username(), SecondStep.CODE_PAGE);
        mvc.perform(post(SecondStep.CODE_PAGE).session(wrong).with(from(address)).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl(SecondStep.CODE_PAGE + "?error"));
        mvc.perform(get("/persons").session(wrong).with(from(address))).andExpect(redirectedUrl(SecondStep.CODE_PAGE));

        MockHttpSession right = password(address, admin.username(), SecondStep.CODE_PAGE);
        String code = nextCode(admin);
        mvc.perform(post(SecondStep.CODE_PAGE).session(right).with(from(address)).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/persons").session(right).with(from(address))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").session(right).with(from(address))).andExpect(status().isOk());

        MockHttpSession replay = password(address, admin.username(), SecondStep.CODE_PAGE);
        mvc.perform(post(SecondStep.CODE_PAGE).session(replay).with(from(address)).with(csrf()).param("code", code))
                .andExpect(redirectedUrl(SecondStep.CODE_PAGE + "?error"));
    }

    @Test
    @Tag("asvs-6.5.1")
    @Tag("asvs-6.5.2")
    void aRecoveryCodeLetsInOnceAndIsStoredOnlyAsAHash() throws Exception {
        String address = newAddress();
        Enrolled counsellor = enrolAtFirstSignIn(Role.COUNSELLOR, address);
        String recovery = counsellor.recoveryCodes().get(3);

        MockHttpSession first = password(address, counsellor.username(), SecondStep.CODE_PAGE);
        mvc.perform(post(SecondStep.CODE_PAGE).session(first).with(from(address)).with(csrf()).param("code", recovery.toUpperCase()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/persons").session(first).with(from(address))).andExpect(status().isOk());

        MockHttpSession again = password(address, counsellor.username(), SecondStep.CODE_PAGE);
        mvc.perform(post(SecondStep.CODE_PAGE).session(again).with(from(address)).with(csrf()).param("code", recovery))
                .andExpect(redirectedUrl(SecondStep.CODE_PAGE + "?error"));

        List<String> stored = jdbc.sql("""
                SELECT r.code_hash FROM recovery_code r JOIN app_user u ON u.id = r.user_id WHERE u.username = :u""")
                .param("u", counsellor.username()).query(String.class).list();
        assertThat(stored).hasSize(10).noneMatch(hash -> counsellor.recoveryCodes().stream()
                .anyMatch(code -> hash.contains(code.replace("-", ""))));
    }

    @Test
    @Tag("asvs-6.4.1")
    @Tag("asvs-11.1.1")
    void theTotpSecretIsSealedInTheDatabaseAndNeverShownAgain() throws Exception {
        String address = newAddress();
        Enrolled admin = enrolAtFirstSignIn(Role.ADMIN, address);
        String sealed = jdbc.sql("SELECT t.secret_sealed FROM two_factor t JOIN app_user u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", admin.username()).query(String.class).single();
        assertThat(sealed).doesNotContain(admin.secret());
        MockHttpSession session = password(address, admin.username(), SecondStep.CODE_PAGE);
        mvc.perform(post(SecondStep.CODE_PAGE).session(session).with(from(address)).with(csrf()).param("code", nextCode(admin)))
                .andExpect(redirectedUrl("/"));
        String page = mvc.perform(get(SecondStep.ENROL_PAGE).session(session).with(from(address)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(admin.secret().substring(0, 8)).doesNotContain("id=\"secret\"");
    }

    @Test
    @Tag("asvs-6.3.3")
    void aCaseworkerWithoutASecondFactorSignsInDirectlyAndMayTurnItOn() throws Exception {
        String username = unique("tf.caseworker");
        users.create(username, Role.CASEWORKER);
        String address = newAddress();
        MockHttpSession session = password(address, username, "/");
        mvc.perform(get("/persons").session(session).with(from(address))).andExpect(status().isOk());
        String page = mvc.perform(get(SecondStep.ENROL_PAGE).session(session).with(from(address)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).isTrue();
        Enrolled caseworker = new Enrolled(username, secret.group(1).replace(" ", ""), new ArrayList<>(), new long[] {0});
        mvc.perform(post(SecondStep.ENROL_PAGE).session(session).with(from(address)).with(csrf()).param("code", nextCode(caseworker)))
                .andExpect(status().isOk());
        // From now on the caseworker is asked for a code too.
        password(address, username, SecondStep.CODE_PAGE);
    }

    @Test
    @Tag("asvs-6.3.1")
    void wrongCodesCountTowardsTheLockOut() throws Exception {
        String address = newAddress();
        Enrolled admin = enrolAtFirstSignIn(Role.ADMIN, address);
        MockHttpSession session = password(address, admin.username(), SecondStep.CODE_PAGE);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post(SecondStep.CODE_PAGE).session(session).with(from(address)).with(csrf()).param("code", "00000" + i))
                    .andExpect(redirectedUrl(SecondStep.CODE_PAGE + "?error"));
        }
        mvc.perform(post(SecondStep.CODE_PAGE).session(session).with(from(address)).with(csrf()).param("code", "111111"))
                .andExpect(redirectedUrl("/login?locked"));
        // Locked from this address, right password included; the session held nothing.
        mvc.perform(post("/login").with(from(address)).with(csrf()).param("username", admin.username()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        // From another address the admin still signs in.
        String elsewhere = newAddress();
        MockHttpSession other = password(elsewhere, admin.username(), SecondStep.CODE_PAGE);
        mvc.perform(post(SecondStep.CODE_PAGE).session(other).with(from(elsewhere)).with(csrf()).param("code", nextCode(admin)))
                .andExpect(redirectedUrl("/"));
    }
}
