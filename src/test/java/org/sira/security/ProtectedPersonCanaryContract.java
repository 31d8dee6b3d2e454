package org.sira.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The canary: a protected person with everything that can name her (returns, an arrival group, a
 * staged manifest, a merge, an import report, a counsellor's note), then every GET endpoint and
 * page of the application, found in Spring's handler mapping rather than listed here, asked by
 * every role with every id of her records and of ordinary ones. A role that may not see her must
 * find neither her id, nor her file number, nor her external reference, nor the ids of her
 * records, in any answer; where its address names one of her records, the answer must be the
 * answer for an id nobody has. A new endpoint is walked without being added here.
 */
@Tag("asvs-8.2.2")
@Tag("asvs-8.2.3")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProtectedPersonCanaryContract {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");
    private static final Pattern CSRF = Pattern.compile("(name=\"_csrf\"[^>]*?value=\")[^\"]*\"|(value=\")[^\"]*(\"[^>]*?name=\"_csrf\")");
    private static final Pattern REQUEST_TOKEN = Pattern.compile("(name=\"requestToken\"[^>]*?value=\")[^\"]*\"");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;

    /** What must never reach a role that may not see her, by what it is. */
    private final Map<String, String> secrets = new LinkedHashMap<>();
    /** Her records' ids, which the walk also puts in addresses. */
    private final Map<String, String> herIds = new LinkedHashMap<>();
    /** Ids of records that name her without being hers alone, and of ordinary records. */
    private final Map<String, String> otherIds = new LinkedHashMap<>();
    private String family;
    private String given;

    private JsonNode send(AbstractMockHttpServletRequestBuilder<?> request, Role role, int expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(users.as(role))).andExpect(status().is(expected))
                .andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return body.isBlank() ? null : json.readTree(body);
    }

    private JsonNode create(String path, String body, Role role) throws Exception {
        return send(post(path).contentType(MediaType.APPLICATION_JSON).content(body), role, 201);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @BeforeAll
    void herAndEverythingThatNamesHer() throws Exception {
        String tag = unique();
        family = "Canari" + tag;
        given = "Fatoumata";
        String phone = "65" + String.format("%06d", Math.floorMod(tag.hashCode(), 1_000_000));
        String person = """
                {"familyName":"%s","givenNames":"%s","sex":"F","birthDate":"1994-03-09","fatherGivenName":"Adama",
                 "motherName":"Bintou Keita","originRegion":"Mopti","phone":"%s","externalRef":"%s",
                 "vulnerabilities":["TRAFFICKING_VICTIM"]}""";
        JsonNode her = create("/api/v1/persons", person.formatted(family, given, phone, "canary-" + tag), Role.COORDINATOR);
        secrets.put("her id", her.get("id").asString());
        secrets.put("her file number", her.get("fileNumber").asString());
        secrets.put("her external reference", her.get("externalRef").asString());
        herIds.put("her person", her.get("id").asString());

        // A second record of her, merged into the first: its id and file number name her too.
        JsonNode twin = create("/api/v1/persons", person.formatted(family, given, phone, "canary-twin-" + tag), Role.COORDINATOR);
        secrets.put("her merged record's id", twin.get("id").asString());
        secrets.put("her merged record's file number", twin.get("fileNumber").asString());
        secrets.put("her merged record's external reference", twin.get("externalRef").asString());
        herIds.put("her merged record", twin.get("id").asString());
        JsonNode merge = send(post("/api/v1/persons/" + her.get("id").asString() + "/merge").contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedId\":\"" + twin.get("id").asString() + "\"}"), Role.COORDINATOR, 200);
        secrets.put("her merge", merge.get("id").asString());
        herIds.put("her merge", merge.get("id").asString());

        JsonNode ownReturn = create("/api/v1/persons/" + her.get("id").asString() + "/returns",
                "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"ES\",\"arrivalDate\":\"2018-07-01\"}", Role.COORDINATOR);
        secrets.put("her return", ownReturn.get("id").asString());
        herIds.put("her return", ownReturn.get("id").asString());

        String group = create("/api/v1/arrivals", """
                {"arrivalDate":"2023-02-14","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY"}""",
                Role.COORDINATOR).get("id").asString();
        otherIds.put("the group", group);
        JsonNode groupReturn = create("/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + her.get("id").asString() + "\"}",
                Role.COORDINATOR);
        secrets.put("her return with the group", groupReturn.get("id").asString());
        herIds.put("her return with the group", groupReturn.get("id").asString());

        JsonNode ordinary = create("/api/v1/persons", """
                {"familyName":"Ordinaire%s","givenNames":"Moussa","sex":"M","birthDate":"1990","externalRef":"plain-%s"}""".formatted(tag, tag),
                Role.COORDINATOR);
        otherIds.put("an ordinary person", ordinary.get("id").asString());
        otherIds.put("an ordinary return", create("/api/v1/arrivals/" + group + "/returns",
                "{\"personId\":\"" + ordinary.get("id").asString() + "\"}", Role.COORDINATOR).get("id").asString());

        // The manifest names her twice: one row decided to be her, one waiting, one staged by reception.
        String csv = "nom;prenoms;sexe;date_naissance;prenom_pere;nom_mere;region_origine;telephone\n"
                + family.toUpperCase() + ";" + given + ";F;09/03/1994;Adama;Bintou Keita;Mopti;" + phone + "\n"
                + "Ordinaire" + tag + ";Moussa;M;1990;;;;\n";
        JsonNode decided = stage(group, csv, Role.COORDINATOR).get("rows").get(0);
        send(post("/api/v1/arrivals/" + group + "/manifest/rows/" + decided.get("id").asString() + "/decision")
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"SAME_PERSON\",\"personId\":\""
                        + her.get("id").asString() + "\",\"version\":0}"), Role.COORDINATOR, 200);
        otherIds.put("a manifest row decided to be her", decided.get("id").asString());
        JsonNode again = stage(group, csv, Role.COORDINATOR).get("rows");
        otherIds.put("a manifest row naming her", again.get(0).get("id").asString());
        otherIds.put("an ordinary manifest row", again.get(1).get("id").asString());
        otherIds.put("a manifest row reception staged", stage(group, csv, Role.RECEPTION).get("rows").get(0).get("id").asString());

        // An import report naming her: a return of hers, found by her external reference.
        String returns = "reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee\n"
                + her.get("externalRef").asString() + ";" + family + ";" + given + ";expulsion;LY;2021-11-20\n"
                + "plain-" + tag + ";Ordinaire" + tag + ";Moussa;expulsion;LY;2021-11-20\n";
        JsonNode report = send(multipart("/api/v1/imports/returns").file(new MockMultipartFile("file", "returns.csv", "text/csv",
                returns.getBytes(StandardCharsets.UTF_8))), Role.COORDINATOR, 200);
        assertThat(report.toString()).as("the import report names her").contains(her.get("id").asString());
        otherIds.put("an import naming her", report.get("id").asString());

        JsonNode note = create("/api/v1/persons/" + her.get("id").asString() + "/psychosocial-notes",
                "{\"text\":\"canary session\",\"sessionDate\":\"2024-01-10\"}", Role.COUNSELLOR);
        secrets.put("her note", note.get("id").asString());
        herIds.put("her note", note.get("id").asString());
        JsonNode screening = create("/api/v1/persons/" + her.get("id").asString() + "/psychosocial-screenings",
                "{\"instrument\":\"GAD7\",\"screenedOn\":\"2024-01-10\",\"answers\":[3,3,3,3,3,3,3]}", Role.COUNSELLOR);
        secrets.put("her screening", screening.get("id").asString());
        JsonNode session = create("/api/v1/persons/" + her.get("id").asString() + "/psychosocial-sessions",
                "{\"kind\":\"INDIVIDUAL\",\"sessionDate\":\"2024-01-10\",\"text\":\"canary session text\"}", Role.COUNSELLOR);
        secrets.put("her session", session.get("id").asString());
        otherIds.put("an id nobody has", UUID.randomUUID().toString());
    }

    private JsonNode stage(String group, String csv, Role role) throws Exception {
        return send(multipart("/api/v1/arrivals/" + group + "/manifest").file(new MockMultipartFile("file", "manifest.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))), role, 200);
    }

    /** A GET request of the walk: an address with its variables filled, and maybe query parameters. */
    private record Call(String pattern, String path, Map<String, String> query) {

        String address() {
            StringBuilder address = new StringBuilder(path);
            String separator = "?";
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                address.append(separator).append(parameter.getKey()).append('=')
                        .append(java.net.URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = "&";
            }
            return address.toString();
        }

        Call with(String from, String to) {
            return new Call(pattern, path.replace(from, to), query);
        }
    }

    /** Every address pattern answering GET, as Spring maps it, with its handler. */
    private Map<String, HandlerMethod> getEndpoints() {
        Map<String, HandlerMethod> endpoints = new java.util.TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.contains("*")) {
                    endpoints.put(pattern, entry.getValue());
                }
            }
        }
        return endpoints;
    }

    /** Values a query parameter is given, by its name: what would make an endpoint answer about her. */
    private Map<String, String> queryFor(HandlerMethod handler) {
        Map<String, String> values = Map.of("q", family + " " + given, "familyName", family, "givenNames", given,
                "sex", "F", "birthDate", "1994", "from", "2000-01-01", "to", "2030-12-31", "recordId", secrets.get("her id"));
        Map<String, String> query = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null) {
                continue;
            }
            String name = !annotation.name().isEmpty() ? annotation.name() : !annotation.value().isEmpty() ? annotation.value()
                    : parameter.getParameterName();
            if (name != null && values.containsKey(name)) {
                query.put(name, values.get(name));
            } else if (name != null && annotation.required() && parameter.getParameterType() == String.class) {
                query.put(name, family);
            }
        }
        return query;
    }

    /** Every call of the walk: each pattern with each combination of ids in its variables, with and without its query. */
    private List<Call> calls() {
        List<String> ids = new ArrayList<>(herIds.values());
        ids.addAll(otherIds.values());
        List<Call> calls = new ArrayList<>();
        getEndpoints().forEach((pattern, handler) -> {
            List<String> paths = new ArrayList<>(List.of(pattern));
            Matcher variable;
            while ((variable = VARIABLE.matcher(paths.get(0))).find()) {
                List<String> filled = new ArrayList<>();
                for (String path : paths) {
                    Matcher first = VARIABLE.matcher(path);
                    first.find();
                    for (String id : ids) {
                        filled.add(path.substring(0, first.start()) + id + path.substring(first.end()));
                    }
                }
                paths = filled;
            }
            Map<String, String> query = queryFor(handler);
            for (String path : paths) {
                calls.add(new Call(pattern, path, Map.of()));
                if (!query.isEmpty()) {
                    calls.add(new Call(pattern, path, query));
                }
            }
        });
        return calls;
    }

    private MockHttpServletResponse call(Call call, Role role) throws Exception {
        boolean api = call.path().startsWith("/api/");
        return mvc.perform(get(URI.create(call.address())).with(api ? users.as(role) : users.page(role)))
                .andReturn().getResponse();
    }

    /** Status, body and headers, with what changes at every request (form tokens) left out. */
    private static String answer(MockHttpServletResponse response) throws Exception {
        StringBuilder all = new StringBuilder().append(response.getStatus()).append('\n');
        for (String header : new TreeSet<>(response.getHeaderNames())) {
            if (!header.equalsIgnoreCase("Content-Length")) {
                all.append(header).append(": ").append(response.getHeaders(header)).append('\n');
            }
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        body = CSRF.matcher(body).replaceAll("_csrf");
        body = REQUEST_TOKEN.matcher(body).replaceAll("requestToken");
        return all.append(body).toString();
    }

    private List<String> leaks(String answer) {
        List<String> found = new ArrayList<>();
        secrets.forEach((what, value) -> {
            if (answer.contains(value)) {
                found.add(what);
            }
        });
        return found;
    }

    @Test
    void noGetEndpointNorPageShowsAProtectedPersonToARoleThatMayNotSeeHer() throws Exception {
        List<Call> calls = calls();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Role role : Role.values()) {
            if (role.may(Permission.PERSON_RESTRICTED_READ)) {
                continue;
            }
            for (Call call : calls) {
                MockHttpServletResponse response = call(call, role);
                String answer = answer(response);
                Set<String> inAddress = new LinkedHashSet<>();
                herIds.values().stream().filter(call.path()::contains).forEach(inAddress::add);
                if (inAddress.isEmpty()) {
                    List<String> leaks = leaks(answer);
                    if (!leaks.isEmpty()) {
                        failures.add(role + " GET " + call.address() + " (" + response.getStatus() + ") shows " + leaks);
                    }
                    continue;
                }
                // Her record in the address: the answer must be the one for ids nobody has, word for word.
                Call unknown = call;
                Map<String, String> back = new LinkedHashMap<>();
                for (String id : inAddress) {
                    String nobody = UUID.randomUUID().toString();
                    unknown = unknown.with(id, nobody);
                    back.put(nobody, id);
                }
                String expected = answer(call(unknown, role));
                for (Map.Entry<String, String> swap : back.entrySet()) {
                    expected = expected.replace(swap.getKey(), swap.getValue());
                }
                compared++;
                if (!answer.equals(expected)) {
                    failures.add(role + " GET " + call.address() + " (" + response.getStatus()
                            + ") differs from the answer for an unknown id:\n  " + abbreviate(answer) + "\n  " + abbreviate(expected));
                } else {
                    List<String> leaks = leaks(answer.replace(call.path(), ""));
                    inAddress.forEach(id -> secrets.forEach((what, value) -> {
                        if (value.equals(id)) {
                            leaks.remove(what);
                        }
                    }));
                    if (!leaks.isEmpty()) {
                        failures.add(role + " GET " + call.address() + " (" + response.getStatus() + ") shows " + leaks);
                    }
                }
            }
        }
        System.out.println("Canary: " + getEndpoints().size() + " GET patterns, " + calls.size() + " calls per role, "
                + compared + " compared with an unknown id");
        assertThat(failures).as("answers that give her away").isEmpty();
    }

    @Test
    void aRoleAllowedToSeeHerSeesHerWhereTheWalkLooksSoTheWalkCannotPassBySeeingNothing() throws Exception {
        Set<String> expected = Set.of("/persons/{id}", "/api/v1/persons/{id}", "/api/v1/persons", "/persons",
                "/api/v1/arrivals/{id}/manifest", "/arrivals/{id}/manifest", "/arrivals/{id}/manifest/{rowId}",
                "/api/v1/returns/{id}", "/arrivals/{id}", "/api/v1/imports/{id}", "/arrivals/{id}/suggestions",
                "/api/v1/persons/{id}/merges");
        Set<String> revealing = new TreeSet<>();
        for (Call call : calls().stream().filter(c -> expected.contains(c.pattern())).toList()) {
            MockHttpServletResponse response = call(call, Role.COORDINATOR);
            String answer = answer(response).replace(call.path(), "");
            if (answer.contains(secrets.get("her file number")) || answer.contains(secrets.get("her id"))) {
                revealing.add(call.pattern());
            }
        }
        assertThat(revealing).containsExactlyInAnyOrderElementsOf(expected);
        for (Role role : Role.values()) {
            if (role.may(Permission.PERSON_RESTRICTED_READ)) {
                assertThat(call(new Call("/persons/{id}", "/persons/" + secrets.get("her id"), Map.of()), role)
                        .getContentAsString(StandardCharsets.UTF_8)).as(role.name()).contains(secrets.get("her file number"));
                assertThat(call(new Call("/api/v1/persons/{id}", "/api/v1/persons/" + secrets.get("her id"), Map.of()), role)
                        .getContentAsString(StandardCharsets.UTF_8)).as(role.name()).contains(secrets.get("her external reference"));
            }
        }
    }

    @Test
    void guessingTheIdsOfHerRecordsAnswersWordForWordAsAnIdNobodyHas() throws Exception {
        String her = secrets.get("her id");
        String group = otherIds.get("the group");
        List<String[]> guesses = List.of(
                new String[] {"GET", "/api/v1/persons/%s", her},
                new String[] {"GET", "/api/v1/persons/%s/merges", her},
                new String[] {"GET", "/api/v1/returns/%s", secrets.get("her return")},
                new String[] {"GET", "/api/v1/returns/%s", secrets.get("her return with the group")},
                new String[] {"GET", "/api/v1/persons/%s/psychosocial-notes/" + secrets.get("her note"), her},
                new String[] {"GET", "/api/v1/persons/%s/psychosocial-screenings/" + secrets.get("her screening"), her},
                new String[] {"GET", "/api/v1/persons/%s/psychosocial-sessions/" + secrets.get("her session"), her},
                new String[] {"GET", "/api/v1/persons/%s/psychosocial-follow-up", her},
                new String[] {"POST", "/api/v1/merges/%s/undo", secrets.get("her merge")},
                new String[] {"POST", "/api/v1/arrivals/" + group + "/returns", her},
                new String[] {"POST", "/api/v1/arrivals/" + group + "/manifest/rows/"
                        + otherIds.get("an ordinary manifest row") + "/decision", her});
        for (Role role : Role.values()) {
            if (role.may(Permission.PERSON_RESTRICTED_READ)) {
                continue;
            }
            for (String[] guess : guesses) {
                String nobody = UUID.randomUUID().toString();
                String hers = answer(guess(guess, guess[2], role));
                String nobodys = answer(guess(guess, nobody, role)).replace(nobody, guess[2]);
                assertThat(hers).as(role + " " + guess[0] + " " + guess[1].formatted(guess[2])).isEqualTo(nobodys);
                assertThat(hers.substring(0, 3)).isIn("403", "404");
            }
        }
    }

    private MockHttpServletResponse guess(String[] guess, String id, Role role) throws Exception {
        String path = guess[1].formatted(id);
        if (guess[0].equals("GET")) {
            return mvc.perform(get(URI.create(path)).with(users.as(role))).andReturn().getResponse();
        }
        String body = path.endsWith("/decision") ? "{\"decision\":\"SAME_PERSON\",\"personId\":\"" + id + "\",\"version\":0}"
                : "{\"personId\":\"" + id + "\"}";
        return mvc.perform(post(URI.create(path)).contentType(MediaType.APPLICATION_JSON).content(body).with(users.as(role)))
                .andReturn().getResponse();
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }
}
