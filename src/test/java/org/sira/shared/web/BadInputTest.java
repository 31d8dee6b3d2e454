package org.sira.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sira.security.Role;
import org.sira.security.signin.SecondStep;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes that are no UTF-8 in an address's parameters, a multipart body cut before its closing
 * boundary, a NUL or control character in a file name: the caller's mistake, always a 400 (the
 * API's problem+json, the pages' error page), never a 500. Over the wire, because Tomcat itself
 * decodes the parameters and parses the multipart body.
 */
@WebTest
@Tag("asvs-1.2.1")
@Tag("asvs-2.2.1")
@Tag("asvs-16.5.1")
class BadInputTest {

    private static final String NOT_UTF8 = "%ff%fe";
    private static final UUID SOMEONE = UUID.fromString("00000000-0000-0000-0000-00000000abcd");

    @Autowired TestUsers users;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<Arguments> apiAddresses() {
        List<Arguments> all = new ArrayList<>();
        for (String parameter : List.of("q", "page", "size")) {
            all.add(Arguments.of(Role.COORDINATOR, "/api/v1/persons", parameter));
        }
        for (String parameter : List.of("page", "size", "from", "to")) {
            all.add(Arguments.of(Role.COORDINATOR, "/api/v1/arrivals", parameter));
        }
        for (String parameter : List.of("page", "size")) {
            all.add(Arguments.of(Role.COUNSELLOR, "/api/v1/persons/" + SOMEONE + "/psychosocial-notes", parameter));
        }
        for (String parameter : List.of("from", "to")) {
            all.add(Arguments.of(Role.COORDINATOR, "/api/v1/reports/returns", parameter));
        }
        all.add(Arguments.of(Role.COORDINATOR, "/api/v1/imports/" + SOMEONE, "page"));
        all.add(Arguments.of(Role.COORDINATOR, "/api/v1/persons/" + SOMEONE, "lang"));
        return all.stream();
    }

    @ParameterizedTest(name = "{1}?{2}=%ff%fe")
    @MethodSource("apiAddresses")
    void aParameterThatIsNoUtf8IsA400ProblemOnTheApi(Role role, String path, String parameter) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path + "?" + parameter + "=" + NOT_UTF8))
                .header("Authorization", basic(role)).header("Accept-Language", "en"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"code\":\"malformed-parameter\"").contains("percent-encoded");
    }

    static Stream<Arguments> pageAddresses() {
        return Stream.of(
                Arguments.of(Role.COORDINATOR, "/persons", "q"),
                Arguments.of(Role.COORDINATOR, "/arrivals", "page"),
                Arguments.of(Role.COORDINATOR, "/reports/returns", "period"),
                Arguments.of(Role.COORDINATOR, "/imports", "page"),
                Arguments.of(Role.COUNSELLOR, "/persons/" + SOMEONE + "/psychosocial-notes", "page"));
    }

    @ParameterizedTest(name = "{1}?{2}=%ff%fe")
    @MethodSource("pageAddresses")
    void aParameterThatIsNoUtf8IsTheErrorPageWith400OnThePages(Role role, String path, String parameter) throws Exception {
        String session = logIn(role);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path + "?" + parameter + "=" + NOT_UTF8))
                .header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        assertThat(response.body()).contains("<html");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addressesWithBytesThatAreNoUtf8")
    void anAddressWhosePathIsNoUtf8IsA400(String path, boolean api) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header(api ? "Authorization" : "Cookie", api ? basic(Role.COORDINATOR) : "JSESSIONID=" + logIn(Role.COORDINATOR)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    static Stream<Arguments> addressesWithBytesThatAreNoUtf8() {
        return Stream.of(Arguments.of("/api/v1/persons/" + NOT_UTF8, true), Arguments.of("/api/v1/imports/" + NOT_UTF8, true),
                Arguments.of("/api/v1/reports/" + NOT_UTF8, true), Arguments.of("/persons/" + NOT_UTF8, false),
                Arguments.of("/imports/" + NOT_UTF8, false));
    }

    static Stream<String> uploadAddresses() {
        return Stream.of("/api/v1/imports/persons", "/api/v1/imports/returns", "/api/v1/arrivals/" + SOMEONE + "/manifest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploadAddresses")
    void aMultipartBodyCutBeforeItsClosingBoundaryIsA400Problem(String path) throws Exception {
        String cut = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnom;prenoms\r\nKoné;Awa\r\n";

        HttpResponse<String> response = upload(path, cut);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("\"code\":\"malformed-upload\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploadAddresses")
    void aFileNameWithANulIsA400Problem(String path) throws Exception {
        HttpResponse<String> response = upload(path, wholeBody("liste\u0000.csv"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void aFileNameWithAControlCharacterIsA400ProblemNamingTheFile() throws Exception {
        HttpResponse<String> response = upload("/api/v1/imports/persons", wholeBody("liste\u001b[31m.csv"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"file\"").contains("control characters");
    }

    @Test
    void aCutMultipartBodyOnAPageIsTheErrorPageWith400() throws Exception {
        String session = logIn(Role.COORDINATOR);
        String token = csrfToken(session);
        String cut = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnom;prenoms\r\nKoné;Awa\r\n";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/imports"))
                .header("Cookie", "JSESSIONID=" + session).header("X-CSRF-TOKEN", token).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofString(cut)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html");
    }

    private static String wholeBody(String fileName) {
        return "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnom;prenoms\r\nKoné;Awa\r\n--XyZ--\r\n";
    }

    private HttpResponse<String> upload(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(Role.COORDINATOR))
                .header("Accept-Language", "en").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private String basic(Role role) {
        String username = users.ensure(role);
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /**
     * Signs in through the login form, as a browser does; answers the session's cookie. Roles that
     * must use the second step get an account of their own, set up here as its first sign-in does.
     */
    private String logIn(Role role) throws Exception {
        boolean secondStep = role == Role.ADMIN || role == Role.COUNSELLOR;
        String username = secondStep ? "bad-input." + role.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8)
                : users.ensure(role);
        if (secondStep) {
            users.create(username, role);
        }
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")));
        String session = cookie(form);
        String token = token(form.body());
        String body = "username=" + username + "&password=" + java.net.URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        session = cookie(login);
        return secondStep ? enrol(session) : session;
    }

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

    /** Sets up the second step with the secret the page shows, as a phone's authenticator would. */
    private String enrol(String session) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(SecondStep.ENROL_PAGE)).header("Cookie", "JSESSIONID=" + session));
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).as("the enrolment page shows the secret").isTrue();
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(secret.group(1).replace(" ", ""), Instant.now().getEpochSecond() / 30);
        HttpResponse<String> enrolled = send(HttpRequest.newBuilder(uri(SecondStep.ENROL_PAGE)).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&_csrf="
                        + java.net.URLEncoder.encode(token(page.body()), StandardCharsets.UTF_8))));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        // A completed sign-in may be given a new session id.
        return enrolled.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")) ? cookie(enrolled) : session;
    }

    private String csrfToken(String session) throws Exception {
        return token(send(HttpRequest.newBuilder(uri("/imports")).header("Cookie", "JSESSIONID=" + session)).body());
    }

    private static String cookie(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION.matcher(header);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no session cookie in " + response.headers().map());
    }

    private static String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
