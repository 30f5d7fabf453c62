package kr.go.sandan.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import kr.go.sandan.support.RealServerTest;
import kr.go.sandan.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three hundred requests from one address that announce a megabyte of body and send a
 * byte every two seconds, as a slowloris tool does, to the sign-in form: while they are
 * open, other people keep sub-second answers (pages, and signing in), because one address
 * may have only a few bodies in progress and the rest are refused at once.
 */
@RealServerTest
class SlowClientTest {

	private static final int SLOW = 300;

	@LocalServerPort
	int port;

	@Test
	void hundredsOfSlowBodiesFromOneAddressDoNotStarveOthers() throws Exception {
		List<Socket> slow = new ArrayList<>();
		ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
		try {
			for (int i = 0; i < SLOW; i++) {
				Socket socket = new Socket();
				// another address than the people below (all of 127/8 is this machine)
				socket.bind(new InetSocketAddress("127.0.0.2", 0));
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
				socket.setSoTimeout(50);
				OutputStream out = socket.getOutputStream();
				out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\nu")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				slow.add(socket);
			}
			trickle.scheduleAtFixedRate(() -> slow.forEach((socket) -> {
				try {
					socket.getOutputStream().write('x');
					socket.getOutputStream().flush();
				}
				catch (Exception ex) {
					// refused and closed by the portal: as it should
				}
			}), 2, 2, TimeUnit.SECONDS);
			Thread.sleep(1000);

			// meanwhile, other people read pages and sign in, each in well under a second
			WebClient person = WebClient.signedIn(this.port, "ministry");
			for (int i = 0; i < 10; i++) {
				long started = System.nanoTime();
				HttpResponse<String> ping = person.get("/ping");
				HttpResponse<String> home = person.get("/");
				long millis = (System.nanoTime() - started) / 1_000_000;
				assertThat(ping.statusCode()).isEqualTo(200);
				assertThat(home.statusCode()).isEqualTo(200);
				assertThat(millis).as("two pages while 300 slow bodies are open").isLessThan(1000);
			}
			long started = System.nanoTime();
			WebClient another = WebClient.signedIn(this.port, "region-busan");
			assertThat((System.nanoTime() - started) / 1_000_000).as("a sign-in").isLessThan(2000);
			assertThat(another.post("/notifications/read", Map.of()).statusCode()).isLessThan(500);

			// most of the slow ones were refused at once, without their body being read
			int refused = 0;
			for (Socket socket : slow) {
				try {
					InputStream in = socket.getInputStream();
					byte[] head = in.readNBytes(12);
					if (new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 429")) {
						refused++;
					}
				}
				catch (SocketTimeoutException ex) {
					// still being read, slowly: one of the few allowed
				}
			}
			assertThat(refused).isGreaterThan(SLOW - 50);
		}
		finally {
			trickle.shutdownNow();
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

}
