using Microsoft.Extensions.Options;
using Vetrina.Kernel;
using Vetrina.Orders.Contracts;
using Vetrina.Orders;
using Vetrina.Kernel.Addresses;
using Vetrina.Orders.Domain;
using Vetrina.Payments;
using Vetrina.Payments.Contracts;
using Vetrina.Payments.TestNetwork;

namespace Vetrina.UnitTests;

public sealed class CheckoutRulesTests
{
    private static readonly string[] Italy = ["IT", "SM", "VA"];

    [Fact]
    public void AnItalianAddress_NeedsAFiveDigitCap_AndAKnownProvince_AndComesBackNormalised()
    {
        var (address, errors) = AddressRules.Check(new(" Giulia Rossi ", "Via Brera 12", null, "Milano", "mi", "20121", "it", null), Italy);
        Assert.Empty(errors);
        Assert.Equal(new PostalAddress("Giulia Rossi", "Via Brera 12", null, "Milano", "MI", "20121", "IT", null), address);

        var (_, wrong) = AddressRules.Check(new("Giulia", "Via Brera 12", null, "Milano", "XX", "2012", "IT", null), Italy);
        Assert.Equal([new(AddressField.PostalCode, AddressProblem.PostalCodeFormat), new(AddressField.Region, AddressProblem.UnknownRegion)], wrong);
    }

    [Fact]
    public void AKoreanAddress_NeedsAFiveDigitPostcode_AndARoadAddress_ButNoSeparateCity()
    {
        var (address, errors) = AddressRules.Check(new("김민지", "서울특별시 성동구 성수이로 78", "3층", null, null, "04782", "KR", "010-1234-5678"), ["KR"]);
        Assert.Empty(errors);
        Assert.Equal("", address!.City);

        var (_, wrong) = AddressRules.Check(new("김민지", " ", null, null, null, "135-080", "KR", "call me"), ["KR"]);
        Assert.Equal(
            [new(AddressField.Line1, AddressProblem.Required), new(AddressField.PostalCode, AddressProblem.PostalCodeFormat), new(AddressField.Phone, AddressProblem.PhoneFormat)],
            wrong);
    }

    [Theory]
    [InlineData("10001", "NY", true)]
    [InlineData("10001-1234", "ny", true)]
    [InlineData("1000", "NY", false)]
    [InlineData("10001", "XY", false)]
    public void AUsAddress_NeedsAZipOrZipPlusFour_AndAState(string zip, string state, bool valid)
    {
        var (_, errors) = AddressRules.Check(new("Ann Lee", "1 Main St", null, "New York", state, zip, "US", null), ["*"]);
        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void ACountryOutsideTheMarket_OrNoCountryAtAll_IsRefused()
    {
        Assert.Contains(new(AddressField.CountryCode, AddressProblem.CountryOutsideMarket),
            AddressRules.Check(new("A", "B", null, "Paris", null, "75001", "FR", null), Italy).Errors);
        Assert.Contains(new(AddressField.CountryCode, AddressProblem.UnknownCountry),
            AddressRules.Check(new("A", "B", null, "C", null, "1000", "XX", null), ["*"]).Errors);
        Assert.Empty(AddressRules.Check(new("A", "B", null, "Paris", null, "75001", "FR", null), ["*"]).Errors);
    }

    [Fact]
    public void OrdersMoveOnlyAlongTheStateMachine_AndEveryMoveIsRecorded()
    {
        var address = new PostalAddress("A", "B", null, "C", "MI", "20121", "IT", null);
        var order = new Order(new OrderDraft("IT", Kernel.Currency.Eur, "it", "a@example.com", null, address, address, "IT-STD", "Standard", null, 790, 142,
            false, null, 0, null, 1803 + 142), [new OrderLine(1, "SKU", "STYLE", "Shirt", "Navy", "M", 2, 5000, 2200, 1803)], "hold:test", "shopper", DateTimeOffset.UnixEpoch,
            TimeSpan.FromMinutes(15));

        Assert.Equal(10790, order.TotalMinor);
        Assert.Equal(1803 + 142, order.VatMinor);
        Assert.False(order.MoveTo(OrderStatus.Shipped, "staff:x", DateTimeOffset.UnixEpoch));
        Assert.True(order.MoveTo(OrderStatus.Authorised, "provider:test", DateTimeOffset.UnixEpoch.AddMinutes(1)));
        Assert.True(order.MoveTo(OrderStatus.Cancelled, "staff:x", DateTimeOffset.UnixEpoch.AddMinutes(2), "customer asked"));
        Assert.False(order.MoveTo(OrderStatus.Authorised, "provider:test", DateTimeOffset.UnixEpoch.AddMinutes(3)));
        Assert.Equal([OrderStatus.Placed, OrderStatus.Authorised, OrderStatus.Cancelled], order.Transitions.Select(t => t.To));
        Assert.Equal("customer asked", order.Transitions[^1].Note);
        Assert.All(Enum.GetValues<OrderStatus>(), to => Assert.False(OrderStateMachine.CanMove(OrderStatus.Refunded, to)));
    }

    [Fact]
    public void OrderNumbers_ReadBackWhatTheyWrite_AndRefuseAnythingElse()
    {
        var numbers = new OrderNumbers(Options.Create(new OrderOptions()));
        Assert.Equal("VT-100042", numbers.Format(42));
        Assert.True(numbers.TryRead("vt-100042", out var id));
        Assert.Equal(42, id);
        Assert.True(numbers.TryRead("100042", out _));
        Assert.False(numbers.TryRead("VT-99", out _));
        Assert.False(numbers.TryRead("VT-1e5", out _));
        Assert.False(numbers.TryRead(null, out _));
    }

    [Fact]
    public void Cards_AreCheckedForTheirCheckDigit_Expiry_AndCvc()
    {
        var now = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        Assert.Empty(CardRules.Problems(new CardDetails("4242 4242 4242 4242", 11, 2026, "123", null), now));
        Assert.Equal([CardField.Number, CardField.Expiry, CardField.Cvc],
            CardRules.Problems(new CardDetails("4242424242424241", 10, 2026, "12", null), now));
        Assert.Equal([CardField.Number], CardRules.Problems(new CardDetails("4242x4242424242424242", 1, 2030, "1234", null), now));
        Assert.Equal([CardField.Expiry], CardRules.Problems(new CardDetails(TestCards.Declined, 13, 2030, "123", null), now));
    }

    [Fact]
    public void FailedEmails_WaitLongerEachTime_UpToAnHour()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), RetryBackoff.After(1));
        Assert.Equal(TimeSpan.FromSeconds(40), RetryBackoff.After(3));
        Assert.Equal(TimeSpan.FromHours(1), RetryBackoff.After(30));
    }
}
