package com.example.common.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.example.common.KafkaSettings;
import com.example.common.LocalPorts;
import com.example.common.Messages.Lang;

/**
 * The cluster page without a cluster: it is served on 127.0.0.1 with the reader's words, says in its picture that
 * the cluster does not answer (within seconds, never a hung page), and a busy port is one line naming it. The page
 * in a real browser with a real cluster: chapter3-admin's ClusterPageBrowserTest.
 */
class ClusterPageTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void withoutAClusterThePageIsServedOnLoopbackAndItsPictureSaysTheClusterIsGone() throws Exception {
        int closed = LocalPorts.free();
        try (ClusterPage page = ClusterPage.start(new KafkaSettings("localhost:" + closed), 0, Lang.KO)) {
            assertThat(page.address()).startsWith("http://127.0.0.1:");

            String html = get(page.address());
            assertThat(html).contains("<html lang=\"ko\">", "클러스터가 응답하지 않습니다", "new EventSource(\"/events\")")
                    .doesNotContain("/*LABELS*/", "http://", "https://");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> get(page.address() + "picture.json"), json -> json.startsWith("{\"up\":false,"));
            try (BufferedReader events = new BufferedReader(new InputStreamReader(HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(page.address() + "events")).build(),
                            HttpResponse.BodyHandlers.ofInputStream()).body(), StandardCharsets.UTF_8))) {
                assertThat(events.readLine()).isEqualTo("retry: 1000");
                assertThat(events.readLine()).startsWith("data: {\"up\":false");
            }
        }
    }

    @Test
    void aBusyPortIsOneLineNamingItAndWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> ClusterPage.start(new KafkaSettings("localhost:9092"), taken.getLocalPort(),
                    Lang.EN)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("port " + taken.getLocalPort() + " is taken: choose another one for the page with "
                            + "--view-port N (0 = any free port)");
        }
    }

    private static String get(String address) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
