using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClearanceFiguresIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_needs_region_reported_figures",
                table: "needs",
                columns: new[] { "region_code", "reported_at" })
                .Annotation("Npgsql:IndexInclude", new[] { "status", "due_date", "cleared_at", "category_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_needs_region_reported_figures",
                table: "needs");
        }
    }
}
