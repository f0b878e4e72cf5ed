using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Sru.Configurations;

internal sealed class ConfigurationDepenseDeductibleSru : IEntityTypeConfiguration<DepenseDeductibleSru>
{
    public void Configure(EntityTypeBuilder<DepenseDeductibleSru> b)
    {
        b.ToTable("DepensesDeductiblesSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.Libelle).HasMaxLength(300);
        b.Property(x => x.Justificatif).HasMaxLength(300);
        b.Property(x => x.MotifRefus).HasMaxLength(500);
        b.Property(x => x.Montant).HasPrecision(18, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.CommuneCode, x.AnneeDepense });
    }
}
