using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Sru.Configurations;

internal sealed class ConfigurationProcedureCarenceSru : IEntityTypeConfiguration<ProcedureCarenceSru>
{
    public void Configure(EntityTypeBuilder<ProcedureCarenceSru> b)
    {
        b.ToTable("ProceduresCarenceSru");
        b.HasKey(x => x.Id);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.CoefficientMajoration).HasPrecision(4, 2);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.CommuneCode, x.DebutPeriode }).IsUnique();
        b.HasMany(x => x.Etapes).WithOne().HasForeignKey(e => e.ProcedureCarenceSruId).OnDelete(DeleteBehavior.Cascade);
    }
}
