package com.hirefit.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running service, with or without the test API key. */
final class ApiHttp {
    static final String KEY = "test-key";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String key;

    ApiHttp(int port, String key) {
        this.base = "http://127.0.0.1:" + port;
        this.key = key;
    }

    ApiHttp(int port) {
        this(port, KEY);
    }

    ApiHttp withoutKey() {
        return new ApiHttp(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), null);
    }

    HttpResponse<byte[]> send(String method, String path, HttpRequest.BodyPublisher body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, Map.of());
    }

    HttpResponse<byte[]> delete(String path) {
        return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), null, Map.of());
    }

    HttpResponse<byte[]> json(String method, String path, String body) {
        return send(method, path, HttpRequest.BodyPublishers.ofString(body), "application/json", Map.of());
    }

    /** A multipart/form-data POST: one file part plus plain fields. */
    HttpResponse<byte[]> upload(String path, String fileName, byte[] file, Map<String, String> fields) {
        String boundary = "hirefit-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary, Map.of());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode body(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
