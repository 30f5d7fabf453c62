package kr.go.sandan.region;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@code #regions.name(name)} in templates: a region's name in the page's language (see
 * {@link RegionNames}). An expression object rather than a bean reference, so that it
 * also serves where Thymeleaf evaluates expressions restricted (a page's title passed to
 * the layout).
 */
@Component
class RegionNamesDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "regions";

	private final RegionNames names;

	RegionNamesDialect(RegionNames names) {
		super("regionNames");
		this.names = names;
	}

	/** The names of one page, in its language. */
	public static final class Localized {

		private final RegionNames names;

		private final @Nullable Locale locale;

		Localized(RegionNames names, @Nullable Locale locale) {
			this.names = names;
			this.locale = locale;
		}

		public String name(@Nullable String name) {
			return this.names.in(name, this.locale);
		}

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return new Localized(RegionNamesDialect.this.names, context.getLocale());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
