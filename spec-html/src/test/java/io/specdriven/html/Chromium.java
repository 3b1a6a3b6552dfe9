package io.specdriven.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real headless Chromium (Debian's package), driven over the DevTools protocol with the JDK's own
 * WebSocket client: it loads a page, reports console errors and uncaught exceptions, evaluates
 * JavaScript in the page and takes screenshots. Only loopback is used.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser binary, if this machine has one. */
    static Optional<Path> binary() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    static Chromium start(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("spec-html-chromium");
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).start();
        try {
            return connect(process, profile);
        } catch (IOException | InterruptedException | RuntimeException e) {
            // a browser that started but could not be driven must not outlive the test
            process.destroyForcibly();
            throw e;
        }
    }

    private static Chromium connect(Process process, Path profile) throws IOException, InterruptedException {
        int port = awaitPort(process);
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int attempt = 0; attempt < 50 && pageSocket == null; attempt++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : JSON.readTree(list.body())) {
                if (target.path("type").asString().equals("page")) pageSocket = target.path("webSocketDebuggerUrl").asString();
            }
            if (pageSocket == null) Thread.sleep(100);
        }
        if (pageSocket == null) throw new IOException("Chromium opened no page target");
        Chromium[] self = new Chromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    self[0].receive(text);
                }
                ws.request(1);
                return null;
            }
        }).join();
        self[0] = new Chromium(process, profile, socket);
        self[0].call("Runtime.enable", JSON.createObjectNode());
        self[0].call("Log.enable", JSON.createObjectNode());
        self[0].call("Page.enable", JSON.createObjectNode());
        return self[0];
    }

    private static int awaitPort(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) { /* keep the pipe from filling */ }
                    } catch (IOException e) {
                        // the browser closed its output: nothing more to read
                    }
                }, "chromium-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(2));
            }
            seen.add(line);
        }
        throw new IOException("Chromium ended before it listened for DevTools: " + String.join("\n", seen));
    }

    private void receive(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> future = pending.remove(message.get("id").asInt());
            if (future == null) return;
            if (message.has("error")) future.completeExceptionally(new IllegalStateException(message.get("error").toString()));
            else future.complete(message.path("result"));
            return;
        }
        String method = message.path("method").asString();
        JsonNode params = message.path("params");
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails").toString());
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asString();
                if (type.equals("error") || type.equals("assert")) errors.add("console." + type + ": " + params.path("args"));
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if (entry.path("level").asString().equals("error")) errors.add("log: " + entry.path("text").asString());
            }
            default -> { }
        }
    }

    JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        pending.put(id, future);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        return future.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Opens the file and waits for its load event; the window is {@code width} CSS pixels wide. */
    void open(Path file, int width, int height) {
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", width < 600));
        loaded = new CompletableFuture<>();
        call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
        loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Evaluates the expression in the page and returns its value, converted to JSON by the page. */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode()
                .put("expression", "JSON.stringify((() => { " + expression + " })())").put("returnByValue", true));
        if (result.has("exceptionDetails")) throw new IllegalStateException("page script failed: " + result.get("exceptionDetails"));
        return JSON.readTree(result.path("result").path("value").asString());
    }

    /** A PNG of the top of the page, {@code width} × {@code height} CSS pixels. */
    byte[] screenshot(int width, int height) {
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", width).put("height", height).put("scale", 1);
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        return Base64.getDecoder().decode(call("Page.captureScreenshot", params).path("data").asString());
    }

    /** Console errors, uncaught exceptions and error log entries seen since the browser started. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.abort();
        // Chromium's renderer, GPU and utility processes outlive a signal to the browser process and go on
        // writing into the profile: end them all, then delete what they left
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        for (ProcessHandle child : children) {
            child.destroyForcibly();
            child.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> child).join();
        }
        Files.walkFileTree(profile, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                // a temporary file the browser removed itself while we walked: nothing left to delete
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.deleteIfExists(dir);
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }
}
