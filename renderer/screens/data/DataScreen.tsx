import { PageHeading } from '../../components/PageHeading.tsx';
import { BackupsSection } from './BackupsSection.tsx';
import { ExportSection } from './ExportSection.tsx';
import { ImportSection } from './ImportSection.tsx';
import './data.css';

/** Import, export and backups: the consultant's data, in and out, and kept safe. */
export function DataScreen() {
  return (
    <section className="screen data-screen">
      <PageHeading title="Your data">Your data</PageHeading>
      <ImportSection />
      <ExportSection />
      <BackupsSection />
    </section>
  );
}
