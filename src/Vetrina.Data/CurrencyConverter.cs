using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Vetrina.Kernel;

namespace Vetrina.Data;

internal sealed class CurrencyConverter() : ValueConverter<Currency, string>(c => c.Code, code => Currency.FromCode(code));
