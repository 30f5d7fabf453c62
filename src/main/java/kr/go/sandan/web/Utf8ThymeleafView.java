package kr.go.sandan.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A Thymeleaf view that turns the rendered page into UTF-8 bytes in one go
 * ({@link String#getBytes}) instead of through the servlet writer's character encoder.
 * The benchmark found Tomcat's encoder spending almost half of the ranking board's time
 * on its slow path, which every Hangul character takes. The page is rendered whole before
 * it is sent, as before ({@code produce-partial-output-while-processing=false}). Kept
 * fragments ({@link RenderedHtml}) are sent as the bytes they were kept as.
 */
public class Utf8ThymeleafView extends ThymeleafView {

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		StringWriter page = new StringWriter(32 * 1024);
		PrintWriter writer = new PrintWriter(page);
		HttpServletResponseWrapper rendering = new HttpServletResponseWrapper(response) {

			@Override
			public PrintWriter getWriter() {
				return writer;
			}

			@Override
			public ServletOutputStream getOutputStream() {
				throw new IllegalStateException("a Thymeleaf page is written as characters");
			}

			@Override
			public void flushBuffer() {
				writer.flush();
			}

		};
		Map<String, RenderedHtml> before = RenderedHtml.startPrinting();
		Map<String, RenderedHtml> printed;
		try {
			super.render(model, request, rendering);
		}
		finally {
			printed = RenderedHtml.stopPrinting(before);
		}
		writer.flush();
		send(response, splice(page.toString(), printed));
	}

	/** Sends a page's UTF-8 parts with their length (the pages written in Java too). */
	static void send(HttpServletResponse response, List<byte[]> parts) throws java.io.IOException {
		response.setContentLength(parts.stream().mapToInt((part) -> part.length).sum());
		ServletOutputStream out = response.getOutputStream();
		for (byte[] part : parts) {
			out.write(part);
		}
	}

	/**
	 * Markup as UTF-8, a NUL as U+FFFD: the only way a NUL reaches a page is typed into a
	 * field and shown back with its message (the database holds none), and a browser's
	 * parser reads it as U+FFFD in a field's value or drops it; the page says so itself
	 * rather than send a byte HTML does not allow. A lone surrogate becomes {@code ?}.
	 */
	static byte[] utf8(String markup) {
		return ((markup.indexOf('\u0000') < 0) ? markup : markup.replace('\u0000', '\uFFFD'))
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The page as UTF-8 bytes, with the kept bytes of each {@link RenderedHtml} the page
	 * printed where the page shows its marker.
	 * @param kept what the page printed, by marker
	 */
	static List<byte[]> splice(String page, Map<String, RenderedHtml> kept) {
		List<byte[]> parts = new ArrayList<>(3);
		int from = 0;
		int at = kept.isEmpty() ? -1 : page.indexOf(RenderedHtml.MARKER_START);
		while (at >= 0) {
			int end = page.indexOf(RenderedHtml.MARKER_END, at);
			if (end < 0) {
				break;
			}
			end += RenderedHtml.MARKER_END.length();
			RenderedHtml rendered = kept.get(page.substring(at, end));
			if (rendered != null) {
				parts.add(utf8(page.substring(from, at)));
				parts.add(rendered.utf8());
				from = end;
			}
			at = page.indexOf(RenderedHtml.MARKER_START, end);
		}
		parts.add(utf8((from == 0) ? page : page.substring(from)));
		return parts;
	}

	/** Makes Boot's Thymeleaf view resolver create these views (UTF-8 only). */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static BeanPostProcessor utf8ThymeleafViews() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
					if (bean instanceof ThymeleafViewResolver resolver
							&& "UTF-8".equalsIgnoreCase(resolver.getCharacterEncoding())) {
						resolver.setViewClass(Utf8ThymeleafView.class);
					}
					return bean;
				}
			};
		}

	}

}
