using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Information;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Information.Configurations;

internal sealed class ConfigurationObjectifFeuilleDeRoute : IEntityTypeConfiguration<ObjectifFeuilleDeRoute>
{
    public void Configure(EntityTypeBuilder<ObjectifFeuilleDeRoute> b)
    {
        b.ToTable("ObjectifsFeuilleDeRoute");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.CodeIndicateur).HasMaxLength(40);
        b.Property(x => x.Cible).HasPrecision(14, 2);
        b.Property(x => x.ModifiePar).HasMaxLength(200);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // Une seule cible par indicateur, année et département.
        b.HasIndex(x => new
            {
                x.DepartementCode,
                x.Annee,
                x.CodeIndicateur,
            })
            .IsUnique();
        b.HasOne<Departement>().WithMany().HasForeignKey(x => x.DepartementCode).OnDelete(DeleteBehavior.Restrict);
    }
}
