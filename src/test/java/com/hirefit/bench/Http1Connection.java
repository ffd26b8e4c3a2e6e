package com.hirefit.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection of the load generator: writes a request prepared as bytes and reads the
 * response (Content-Length or chunked). Much lighter on CPU than java.net.http.HttpClient (which cost the
 * generator about 0.6 ms of CPU per request, taken from the service it measures on a 2-core machine). Not a test.
 */
final class Http1Connection implements AutoCloseable {

    /** A response: its status, body, and whether the server keeps the connection open. */
    record Response(int status, String body, boolean keepAlive) {
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Http1Connection(InetSocketAddress server, int timeoutMillis) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(server, timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = socket.getOutputStream();
    }

    /** An HTTP/1.1 POST with these headers ("Name: value" lines) and body, as the bytes sent on the wire. */
    static byte[] post(String host, String path, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nContent-Length: ").append(body.length).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[start.length + body.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    Response exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String statusLine = line();
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x response: " + statusLine);
        }
        long length = -1;
        boolean chunked = false;
        boolean keepAlive = status[0].equals("HTTP/1.1");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> keepAlive = !value.contains("close");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";", 2)[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line().split(";", 2)[0].strip(), 16)) {
                body.write(exactly(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers, none expected
            }
        } else if (length >= 0) {
            body.write(exactly((int) length));
        } else {
            keepAlive = false;
            in.transferTo(body);
        }
        return new Response(Integer.parseInt(status[1]), body.toString(StandardCharsets.UTF_8), keepAlive);
    }

    private byte[] exactly(int size) throws IOException {
        byte[] bytes = in.readNBytes(size);
        if (bytes.length < size) {
            throw new EOFException("connection closed by the server in a response body");
        }
        return bytes;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
