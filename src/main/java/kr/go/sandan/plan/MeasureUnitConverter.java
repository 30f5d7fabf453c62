package kr.go.sandan.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a unit as the symbol people read (조원), not as an enum name. */
@Converter(autoApply = true)
class MeasureUnitConverter implements AttributeConverter<MeasureUnit, String> {

	@Override
	public String convertToDatabaseColumn(MeasureUnit unit) {
		return (unit != null) ? unit.symbol() : null;
	}

	@Override
	public MeasureUnit convertToEntityAttribute(String symbol) {
		return (symbol != null) ? MeasureUnit.ofSymbol(symbol) : null;
	}

}
