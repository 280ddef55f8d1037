// The part of bpmn-moddle's API the tests use (the package ships no declaration for its main entry).
declare module "bpmn-moddle" {
  export interface ModdleElement {
    $type: string;
    [key: string]: unknown;
  }
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: ModdleElement; warnings: Array<{ message: string }> }>;
  }
}
