import Link from "next/link";
import { MsbAdvice, MsbAttribution, MsbLevelTable, MsbSentences, MsbSubProcesses } from "@/components/maturity/MsbText";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";
import {
  MSB_ASPECT_HEADINGS,
  MSB_ABOUT,
  MSB_ASPECT_GUIDANCE,
  MSB_ASPECT_GUIDANCE_HEADING,
  MSB_GENERAL_LEVELS,
  MSB_GENERAL_LEVELS_HEADING,
  MSB_PERSPECTIVE_LIST,
  type MsbGuidedAspectKey,
} from "@/lib/maturity/msb-model";

const GUIDED: MsbGuidedAspectKey[] = ["arbetssatt", "tillampning", "resultat", "folja_upp"];

/** MSB's model, readable in full. MSB's published text, open to every signed-in user (as the API). */
export default async function MaturityModelPage() {
  await pagePrincipal();
  const t = await getMessages(maturityMessages);
  const sections = [
    { id: "om", label: MSB_ABOUT.title },
    { id: "nivaer", label: MSB_GENERAL_LEVELS_HEADING },
    { id: "aspekter", label: MSB_ASPECT_GUIDANCE_HEADING },
    { id: "rad", label: t.dialog.adviceHeading },
    ...MSB_PERSPECTIVE_LIST.map((p) => ({ id: p.key, label: p.name })),
  ];
  return (
    <>
      <PageHeader title={t.model.title} description={<>{t.model.description} <MsbAttribution t={t} /></>} />
      <nav aria-label={t.model.contents} className="no-print mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={`#${section.id}`} className="text-blue-800 underline">
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="grid grid-cols-1 gap-6">
        <section id="om" lang="sv">
          <Card title={MSB_ABOUT.title}>
            <div className="space-y-2 text-sm text-gray-900">
              {MSB_ABOUT.paragraphs.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              <h3 className="pt-2 font-semibold">{MSB_ABOUT.benefitsHeading}</h3>
              <MsbSentences items={MSB_ABOUT.benefits} />
            </div>
          </Card>
        </section>
        <section id="nivaer">
          <Card title={<span lang="sv">{MSB_GENERAL_LEVELS_HEADING}</span>}>
            <MsbLevelTable caption={MSB_GENERAL_LEVELS_HEADING} levels={MSB_GENERAL_LEVELS} rowLabels={MSB_ASPECT_HEADINGS} t={t} />
          </Card>
        </section>
        <section id="aspekter">
          <Card title={<span lang="sv">{MSB_ASPECT_GUIDANCE_HEADING}</span>}>
            <dl lang="sv" className="grid gap-3 text-sm sm:grid-cols-2">
              {GUIDED.map((aspect) => (
                <div key={aspect} className="rounded-md border border-gray-200 p-3">
                  <dt className="font-semibold text-gray-900">{MSB_ASPECT_HEADINGS[aspect]}</dt>
                  <dd className="mt-1 text-gray-900">
                    <MsbSentences items={MSB_ASPECT_GUIDANCE[aspect].summary} />
                    <ul className="mt-1 list-disc pl-5 text-gray-800">
                      {MSB_ASPECT_GUIDANCE[aspect].questions.map((question) => (
                        <li key={question}>{question}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          </Card>
        </section>
        <section id="rad">
          <MsbAdvice heading={t.dialog.adviceHeading} headingLevel={2} />
        </section>
        {MSB_PERSPECTIVE_LIST.map((perspective) => (
          <section id={perspective.key} key={perspective.key}>
            <Card title={<span lang="sv">{perspective.name}</span>}>
              <div className="grid grid-cols-1 gap-4">
                <MsbSubProcesses perspective={perspective} t={t} />
                <MsbLevelTable caption={t.model.levelTable(perspective.name)} levels={perspective.levels} rowLabels={perspective.aspectRowLabels} t={t} />
              </div>
            </Card>
          </section>
        ))}
      </div>
      <MsbAttribution t={t} />
    </>
  );
}
