using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class HeldNeedsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_needs_claimed_by",
                table: "needs",
                column: "claimed_by",
                filter: "claimed_by IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_needs_claimed_by",
                table: "needs");
        }
    }
}
