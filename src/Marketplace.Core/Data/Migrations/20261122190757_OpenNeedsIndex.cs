using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenNeedsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_needs_category_code",
                table: "needs");

            migrationBuilder.CreateIndex(
                name: "ix_needs_open_category_location",
                table: "needs",
                columns: new[] { "category_code", "location" },
                filter: "status IN ('Reported', 'Verified', 'Claimed')")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_needs_open_category_location",
                table: "needs");

            migrationBuilder.CreateIndex(
                name: "ix_needs_category_code",
                table: "needs",
                column: "category_code");
        }
    }
}
