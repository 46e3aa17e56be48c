using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vetrina.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CustomersAddressBook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The address book moved from Orders to Customers: the same rows under the new owner's name.
            migrationBuilder.DropPrimaryKey(name: "PK_orders_saved_addresses", table: "orders_saved_addresses");
            migrationBuilder.RenameTable(name: "orders_saved_addresses", newName: "customers_addresses");
            migrationBuilder.RenameIndex(name: "IX_orders_saved_addresses_CustomerId", table: "customers_addresses", newName: "IX_customers_addresses_CustomerId");
            migrationBuilder.AddPrimaryKey(name: "PK_customers_addresses", table: "customers_addresses", column: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(name: "PK_customers_addresses", table: "customers_addresses");
            migrationBuilder.RenameTable(name: "customers_addresses", newName: "orders_saved_addresses");
            migrationBuilder.RenameIndex(name: "IX_customers_addresses_CustomerId", table: "orders_saved_addresses", newName: "IX_orders_saved_addresses_CustomerId");
            migrationBuilder.AddPrimaryKey(name: "PK_orders_saved_addresses", table: "orders_saved_addresses", column: "Id");
        }
    }
}
