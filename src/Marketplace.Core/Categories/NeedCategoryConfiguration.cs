namespace Marketplace.Core.Categories;

internal sealed class NeedCategoryConfiguration : IEntityTypeConfiguration<NeedCategory>
{
    public void Configure(EntityTypeBuilder<NeedCategory> category)
    {
        category.HasKey(c => c.Code);
        category.Property(c => c.Code).HasMaxLength(40);
        category.Property(c => c.ParentCode).HasMaxLength(40);
        category.Property(c => c.Name).HasMaxLength(100);
        category.Property(c => c.NameEn).HasMaxLength(100);
        category.HasOne<NeedCategory>().WithMany().HasForeignKey(c => c.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}
