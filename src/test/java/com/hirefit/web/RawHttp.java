package com.hirefit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket: the request target and headers go on the wire byte for byte as written, where
 * java.net.http would normalise or refuse some spellings ({@code ..}, {@code //}, {@code %2F}, a backslash). One
 * request per connection ({@code Connection: close}); the response is read to the end.
 */
final class RawHttp {
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");
    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    record Response(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** A request with this method, target (sent as is) and extra header lines ("Name: value"), and no body. */
    Response send(String method, String target, String... headers) {
        return send(method, target, new byte[0], headers);
    }

    Response send(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
                .append("\r\nConnection: close\r\n");
        if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        request.writeBytes(body);
        return exchange(request.toByteArray());
    }

    /** Sends exactly these bytes and reads the whole response. */
    Response exchange(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refused) {
                // The server may answer and close before a large body is all sent (a size limit refused it at
                // once): its answer, already received, is what the request got ("Broken pipe" otherwise, by timing).
                return parse(answerDespite(socket, refused));
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("no HTTP answer", e);
        }
    }

    private static byte[] answerDespite(Socket socket, IOException refused) throws IOException {
        try {
            byte[] answer = socket.getInputStream().readAllBytes();
            if (answer.length > 0) {
                return answer;
            }
        } catch (IOException reset) {
            refused.addSuppressed(reset);
        }
        throw refused;
    }

    /** Sends these bytes (several pipelined requests) and returns the status of every response, in order. */
    List<Integer> statuses(byte[] requests) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(requests);
            socket.getOutputStream().flush();
            Matcher status = STATUS_LINE.matcher(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
            List<Integer> statuses = new ArrayList<>();
            while (status.find()) {
                statuses.add(Integer.parseInt(status.group(1)));
            }
            return statuses;
        } catch (IOException e) {
            throw new IllegalStateException("no HTTP answer", e);
        }
    }

    private static Response parse(byte[] raw) {
        String head = new String(raw, StandardCharsets.ISO_8859_1);
        if (head.startsWith("HTTP/1.1 1")) {
            // An interim response (100 Continue): the final one follows.
            return parse(java.util.Arrays.copyOfRange(raw, head.indexOf("\r\n\r\n") + 4, raw.length));
        }
        int end = head.indexOf("\r\n\r\n");
        if (!head.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IllegalStateException("not an HTTP/1.1 response: " + head);
        }
        String[] lines = head.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            body = unchunk(body);
        }
        return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
