package org.sira.shelter;

import org.sira.shelter.internal.Centre;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the shelter tests need around them: persons, a centre with rooms, and requests sent all at once over HTTP. */
final class ShelterApiFixture {

    private final MockMvc mvc;
    private final TestUsers users;
    private final JsonMapper json;

    ShelterApiFixture(MockMvc mvc, TestUsers users, JsonMapper json) {
        this.mvc = mvc;
        this.users = users;
        this.json = json;
    }

    JsonNode send(Role role, String address, String body, int expected) throws Exception {
        String answer = mvc.perform(post(address).with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return answer.isBlank() ? null : json.readTree(answer);
    }

    /** A person registered by reception; {@code birthDate} as api-v1 writes it, or null. */
    String person(String sex, String birthDate, String precision) throws Exception {
        StringBuilder body = new StringBuilder("{\"familyName\":\"Hébergé\",\"givenNames\":\"Awa\"");
        if (sex != null) {
            body.append(",\"sex\":\"").append(sex).append('"');
        }
        if (birthDate != null) {
            body.append(",\"birthDate\":\"").append(birthDate).append("\",\"birthDatePrecision\":\"").append(precision).append('"');
        }
        return send(Role.RECEPTION, "/api/v1/persons", body.append('}').toString(), 201).get("id").asString();
    }

    String adult() throws Exception {
        return person("M", "1990-04-02", "DAY");
    }

    String centre() throws Exception {
        return send(Role.COORDINATOR, "/api/v1/centres", "{\"name\":\"Centre d’accueil de Bamako\"}", 201).get("id").asString();
    }

    /** The ids of the beds of a new room. */
    List<String> room(String centre, String kind, int beds) throws Exception {
        JsonNode room = send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms",
                "{\"name\":\"" + kind.charAt(0) + beds + "\",\"kind\":\"" + kind + "\",\"beds\":" + beds + "}", 201);
        List<String> ids = new ArrayList<>();
        room.get("beds").forEach(bed -> ids.add(bed.get("id").asString()));
        return ids;
    }

    /** A budget line of a running project of a new donor, to charge cash and stock to. */
    String projectLine() throws Exception {
        String donor = send(Role.COORDINATOR, "/api/v1/donors", "{\"name\":\"Bailleur du centre\"}", 201).get("id").asString();
        return send(Role.COORDINATOR, "/api/v1/projects", "{\"donorId\":\"" + donor + "\",\"name\":\"Retours\",\"from\":\"2020-01-01\","
                + "\"to\":\"2099-12-31\",\"lines\":[{\"name\":\"Argent de transport\",\"budgetXof\":5000000}]}", 201)
                .get("lines").get(0).get("id").asString();
    }

    static String stay(String person, String bed) {
        return "{\"personId\":\"" + person + "\",\"bedId\":\"" + bed + "\"}";
    }

    /** Sends every body to the address at the same moment, over real HTTP connections, and gives back the statuses and answers. */
    List<HttpResponse<String>> allAtOnce(int port, Role role, String address, List<String> bodies) throws Exception {
        return allAtOnce(port, role, bodies.stream().map(body -> address).toList(), bodies);
    }

    /** Sends each body to its own address, all at the same moment. */
    List<HttpResponse<String>> allAtOnce(int port, Role role, List<String> addresses, List<String> bodies) throws Exception {
        String user = users.ensure(role);
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService callers = Executors.newFixedThreadPool(bodies.size());
        try {
            CountDownLatch ready = new CountDownLatch(bodies.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + addresses.get(i)))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
                calls.add(callers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }
}
