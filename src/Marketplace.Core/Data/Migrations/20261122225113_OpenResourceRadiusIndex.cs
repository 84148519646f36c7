using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenResourceRadiusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_resources_open_radius",
                table: "resources",
                column: "service_radius_meters",
                filter: "status = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_resources_open_radius",
                table: "resources");
        }
    }
}
