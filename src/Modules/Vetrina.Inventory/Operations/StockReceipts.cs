using Vetrina.Inventory.Contracts;

namespace Vetrina.Inventory.Operations;

internal sealed class StockReceipts(StockOperations operations) : IStockReceipts
{
    public async Task<StockReceipt> ReceiveAsync(int skuId, string location, int quantity, string reference, string actor, CancellationToken cancellationToken)
    {
        var result = await operations.ReceiveAsync(skuId, location, quantity, reference, actor, cancellationToken);
        return new StockReceipt(result.Moved, result.Succeeded ? null : result.Detail ?? result.Error.ToString());
    }
}
