using Microsoft.Extensions.DependencyInjection;
using Vetrina.Admin.Contracts;
using Vetrina.Kernel.Security;
using Vetrina.Data;
using Vetrina.Data.Seeding;

namespace Vetrina.Promotions;

public static class PromotionsModule
{
    public static IServiceCollection AddPromotionsModule(this IServiceCollection services)
    {
        services.AddModuleModel(typeof(PromotionsModule).Assembly).AddShopSeed<Seed.PromotionsSeed>();
        services.AddMemoryCache().AddScoped<Pricing.PromotionBook>().AddScoped<Contracts.IPromotionPricing>(s => s.GetRequiredService<Pricing.PromotionBook>())
            .AddScoped<Contracts.IGiftCardLedger, Pricing.GiftCards>().AddScoped<Contracts.IDiscountCodes, Pricing.DiscountCodes>();
        services.AddStaffPolicy(StaffPolicies.PromotionsManage, StaffRoles.Admin, StaffRoles.EcommerceManager, StaffRoles.MarketingManager)
            .AddBackOfficeLink(BackOfficeGroups.Marketing, "Discounts", "/admin/discounts", StaffPolicies.PromotionsManage, 70)
            .AddBackOfficeLink(BackOfficeGroups.Marketing, "Gift cards", "/admin/gift-cards", StaffPolicies.PromotionsManage, 80);
        return services;
    }
}
